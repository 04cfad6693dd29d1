package org.placementledger.infra.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The signed-in user's own account, and the administrators' list of local users. A password made for a user is
 * shown once, in the answer that made it; the users file keeps only its hash. With an OAuth2/OIDC issuer,
 * users and passwords are the issuer's business: these answer 409.
 */
@RestController
public class UsersController {

    private final ObjectProvider<LocalUsers> localUsers;
    private final ObjectProvider<SignInThrottle> throttle;

    public UsersController(ObjectProvider<LocalUsers> localUsers, ObjectProvider<SignInThrottle> throttle) {
        this.localUsers = localUsers;
        this.throttle = throttle;
    }

    @GetMapping("/api/account")
    public Map<String, Object> account(Authentication auth) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("username", auth.getName());
        Set<String> roles = new TreeSet<>();
        for (GrantedAuthority a : auth.getAuthorities()) {
            if (a.getAuthority().startsWith("ROLE_")) Role.parse(a.getAuthority().substring(5)).ifPresent(r -> roles.add(r.external()));
        }
        out.put("roles", roles);
        LocalUsers users = localUsers.getIfAvailable();
        if (users != null) out.put("mustChangePassword", users.find(auth.getName()).map(LocalUser::mustChangePassword).orElse(false));
        return out;
    }

    @PostMapping("/api/account/password")
    public ResponseEntity<Void> changePassword(Authentication auth, @RequestBody JsonNode body) {
        local().changePassword(auth.getName(), text(body, "currentPassword"), text(body, "newPassword"));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/admin/users")
    public List<Map<String, Object>> users() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (LocalUser u : local().all()) out.add(view(u));
        return out;
    }

    @PostMapping("/api/admin/users")
    public ResponseEntity<Map<String, Object>> add(@RequestBody JsonNode body) {
        String username = text(body, "username");
        JsonNode rolesNode = body == null ? null : body.get("roles");
        if (rolesNode == null || !rolesNode.isArray()) throw new LocalUsers.InvalidUser("roles", "roles is a list such as [\"recorder\"]");
        List<Role> roles = new ArrayList<>();
        for (JsonNode r : rolesNode) {
            roles.add(Role.parse(r.asText()).orElseThrow(() -> new LocalUsers.InvalidUser("roles",
                    "'" + r.asText() + "' is not a role: recorder, manager, auditor, performance, administrator or identities")));
        }
        String password = local().add(username, roles);
        Map<String, Object> out = view(local().find(username).orElseThrow());
        out.put("oneTimePassword", password);
        return ResponseEntity.created(URI.create("/api/admin/users/" + username)).body(out);
    }

    /** Users and addresses whose sign-ins are locked now, after too many failures (docs/security.md). */
    @GetMapping("/api/admin/sign-in-locks")
    public List<Map<String, Object>> signInLocks() {
        local();
        List<Map<String, Object>> out = new ArrayList<>();
        for (SignInThrottle.Lock lock : throttle.getObject().locks()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(lock.scope() == SignInThrottle.Scope.USER ? "username" : "address", lock.key());
            row.put("failures", lock.failures());
            row.put("lockedUntil", lock.until());
            out.add(row);
        }
        return out;
    }

    /** A reset also lifts the user's sign-in lock: the administrator has spoken to them. */
    @PostMapping("/api/admin/users/{username}/password-reset")
    public Map<String, Object> reset(@PathVariable String username) {
        String password = local().reset(username);
        throttle.ifAvailable(t -> t.unlock(SignInThrottle.Scope.USER, username));
        Map<String, Object> out = view(local().find(username).orElseThrow());
        out.put("oneTimePassword", password);
        return out;
    }

    @DeleteMapping("/api/admin/users/{username}")
    public ResponseEntity<Void> remove(@PathVariable String username, Authentication auth) {
        local().remove(username, auth.getName());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(IssuerManagesUsers.class)
    public ResponseEntity<ProblemDetail> issuer(IssuerManagesUsers e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Users and passwords are kept by the OAuth2/OIDC issuer this application trusts, not here.");
        problem.setType(URI.create("/problems/users-kept-by-issuer"));
        problem.setTitle("Users kept by the issuer");
        return ResponseEntity.of(problem).build();
    }

    private LocalUsers local() {
        LocalUsers users = localUsers.getIfAvailable();
        if (users == null) throw new IssuerManagesUsers();
        return users;
    }

    private Map<String, Object> view(LocalUser u) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("username", u.username());
        out.put("roles", u.roles().stream().map(Role::external).sorted().toList());
        out.put("mustChangePassword", u.mustChangePassword());
        out.put("createdAt", u.createdAt());
        SignInThrottle signIns = throttle.getIfAvailable();
        if (signIns != null) {
            out.put("failedSignIns", signIns.failuresOf(u.username()));
            signIns.locks().stream().filter(l -> l.scope() == SignInThrottle.Scope.USER && l.key().equals(u.username()))
                    .findFirst().ifPresent(l -> out.put("signInLockedUntil", l.until()));
        }
        return out;
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body == null ? null : body.get(field);
        if (v == null || !v.isTextual()) throw new LocalUsers.InvalidUser(field, field + " is required, as text");
        return v.asText();
    }

    static final class IssuerManagesUsers extends RuntimeException {
    }
}
