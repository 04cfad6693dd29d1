package org.placementledger.commandside.http;

import org.placementledger.events.ssda903.ReturnFile;
import org.bson.Document;
import org.placementledger.commandside.imports.Folders;
import org.placementledger.commandside.imports.ImportRequest;
import org.placementledger.commandside.imports.ImportStore;
import org.placementledger.commandside.imports.Ssda903Importer;
import org.placementledger.commandside.ssda903.ImportFiles;
import org.placementledger.commandside.ssda903.Problem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 903 imports over HTTP: the return's files are taken (multipart), kept on disk, and imported in the
 * background; the answer names the import, whose progress and problems are then read from it.
 */
@RestController
@RequestMapping("/api/imports")
public class ImportsController {

    private final Ssda903Importer importer;
    private final ImportStore store;
    private final Path uploads;

    public ImportsController(Ssda903Importer importer, ImportStore store, ImportUploads uploads) {
        this.importer = importer;
        this.store = store;
        this.uploads = uploads.folder();
    }

    @PostMapping(path = "/ssda903", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Map<String, Object>> importReturn(@RequestParam(required = false) String year,
                                                            @RequestParam(required = false) MultipartFile episodes,
                                                            @RequestParam(required = false) MultipartFile header,
                                                            @RequestParam(required = false) MultipartFile uasc,
                                                            @RequestParam(required = false) MultipartFile costs,
                                                            @RequestHeader(value = "X-Recorded-By", required = false) String recordedBy,
                                                            org.springframework.web.multipart.MultipartHttpServletRequest multipart) throws IOException {
        List<FieldError> errors = new ArrayList<>();
        Map<ReturnFile, MultipartFile> others = new java.util.EnumMap<>(ReturnFile.class);
        for (String part : multipart.getFileMap().keySet()) {
            if (List.of("episodes", "header", "uasc", "costs").contains(part)) continue;
            java.util.Optional<ReturnFile> file = java.util.Arrays.stream(ReturnFile.values()).filter(f -> f.keptAsWritten() && f.part().equals(part)).findFirst();
            if (file.isEmpty()) {
                errors.add(new FieldError(part, "is not a file this import takes: episodes, header, uasc, costs, "
                        + String.join(", ", java.util.Arrays.stream(ReturnFile.values()).filter(ReturnFile::keptAsWritten).map(ReturnFile::part).toList())));
            } else if (!multipart.getFile(part).isEmpty()) {
                others.put(file.get(), multipart.getFile(part));
            }
        }
        Integer endYear = null;
        if (year == null || year.isBlank()) {
            errors.add(new FieldError("year", "give the collection year by the year it ends in: 2024 for the year ending 31 March 2024"));
        } else {
            try {
                endYear = Integer.parseInt(year.trim());
                if (endYear < 1990 || endYear > 2100) errors.add(new FieldError("year", "'" + year + "' is not a collection year (1990-2100)"));
            } catch (NumberFormatException e) {
                errors.add(new FieldError("year", "'" + year + "' is not a year"));
            }
        }
        if (episodes == null || episodes.isEmpty()) errors.add(new FieldError("episodes", "the episodes CSV file is required"));
        if (header == null || header.isEmpty()) errors.add(new FieldError("header", "the header CSV file is required"));
        if (!errors.isEmpty()) throw new InvalidRequest(errors);
        Path folder = Files.createDirectories(uploads.resolve(UUID.randomUUID().toString()));
        Path e = save(episodes, folder, "episodes.csv");
        Path h = save(header, folder, "header.csv");
        Path u = uasc == null || uasc.isEmpty() ? null : save(uasc, folder, "uasc.csv");
        Path c = costs == null || costs.isEmpty() ? null : save(costs, folder, "costs.csv");
        Map<ReturnFile, Path> otherPaths = new java.util.EnumMap<>(ReturnFile.class);
        Map<ReturnFile, String> otherNames = new java.util.EnumMap<>(ReturnFile.class);
        for (Map.Entry<ReturnFile, MultipartFile> o : others.entrySet()) {
            otherPaths.put(o.getKey(), save(o.getValue(), folder, o.getKey().defaultName()));
            otherNames.put(o.getKey(), name(o.getValue(), o.getKey().defaultName()));
        }
        ImportFiles names = new ImportFiles(name(episodes, "episodes.csv"), name(header, "header.csv"),
                u == null ? null : name(uasc, "uasc.csv"), c == null ? null : name(costs, "costs.csv"), otherNames);
        String who = Requester.of(recordedBy, "unknown");
        String id = importer.start(new ImportRequest(endYear, e, h, u, c, otherPaths, names, who), () -> Folders.delete(folder));
        Map<String, Object> body = new LinkedHashMap<>(view(store.find(id)));
        return ResponseEntity.accepted().location(URI.create("/api/imports/" + id)).body(body);
    }

    @GetMapping("/{id}")
    public ResponseEntity<Map<String, Object>> progress(@PathVariable String id) {
        return ResponseEntity.ok(view(existing(id)));
    }

    @GetMapping("/{id}/problems")
    public ResponseEntity<List<Problem>> problems(@PathVariable String id) {
        existing(id);
        List<Problem> all = new ArrayList<>();
        store.forEachProblem(id, all::add);
        return ResponseEntity.ok(all);
    }

    @GetMapping(path = "/{id}/problems.csv")
    public ResponseEntity<StreamingResponseBody> problemsCsv(@PathVariable String id) {
        existing(id);
        StreamingResponseBody body = out -> store.writeProblemsCsv(id, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-" + id + "-problems.csv\"").body(body);
    }

    /** The import's document, or a 404 problem naming the id. */
    private Document existing(String id) {
        Document found = store.find(id);
        if (found != null) return found;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no import " + id);
        problem.setTitle("Import not found");
        problem.setType(URI.create("/problems/not-found"));
        throw new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    private static Map<String, Object> view(Document d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", d.get("_id"));
        d.forEach((k, v) -> {
            if (!k.equals("_id")) out.put(k, v instanceof java.util.Date date ? date.toInstant() : v);
        });
        String id = d.getString("_id");
        out.put("links", Map.of("self", "/api/imports/" + id, "problems", "/api/imports/" + id + "/problems",
                "problemsCsv", "/api/imports/" + id + "/problems.csv"));
        return out;
    }

    private static Path save(MultipartFile part, Path folder, String as) throws IOException {
        Path target = folder.resolve(as);
        part.transferTo(target);
        return target;
    }

    private static String name(MultipartFile part, String otherwise) {
        String n = part.getOriginalFilename();
        return n == null || n.isBlank() ? otherwise : Path.of(n).getFileName().toString();
    }
}
