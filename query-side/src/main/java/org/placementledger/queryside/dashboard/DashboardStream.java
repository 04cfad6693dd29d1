package org.placementledger.queryside.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.placementledger.measures.MeasuresReport;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Today's figures pushed to every open dashboard as server-sent events, each time the live measures change:
 * the page updates without asking. A comment every {@link #HEARTBEAT_SECONDS} keeps idle links open through
 * proxies and finds the ones that are gone; the browser's EventSource reconnects by itself.
 */
@RestController
public class DashboardStream implements org.springframework.context.SmartLifecycle {

    static final int HEARTBEAT_SECONDS = 15;

    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();
    private final ObjectMapper json;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dashboard-heartbeat");
        t.setDaemon(true);
        return t;
    });

    public DashboardStream(ObjectMapper json) {
        this.json = json;
        heartbeat.scheduleWithFixedDelay(() -> sendToAll(SseEmitter.event().comment("still here")), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    @GetMapping(path = "/api/dashboard/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter stream() throws IOException {
        SseEmitter emitter = new SseEmitter(0L);
        emitter.onCompletion(() -> open.remove(emitter));
        emitter.onTimeout(() -> open.remove(emitter));
        emitter.onError(e -> open.remove(emitter));
        open.add(emitter);
        // Sent at once, so the page knows the link is up before the first change.
        emitter.send(SseEmitter.event().name("hello").data("{}", MediaType.APPLICATION_JSON).reconnectTime(2_000));
        return emitter;
    }

    /** Told of every new figure for today; written once, sent to every open page. */
    public void publish(MeasuresReport report) {
        String data;
        try {
            data = json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write today's measures as JSON", e);
        }
        sendToAll(SseEmitter.event().name("measures").data(data, MediaType.APPLICATION_JSON));
    }

    private void sendToAll(SseEmitter.SseEventBuilder event) {
        for (SseEmitter emitter : open) {
            try {
                emitter.send(event);
            } catch (IOException | IllegalStateException gone) {
                open.remove(emitter);
                emitter.completeWithError(gone);
            }
        }
    }

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every open link when the application stops, before the server's graceful shutdown, which would otherwise
     * wait out its whole timeout for links that never end. The pages reconnect to another instance, or when this is back.
     */
    @Override
    public void stop() {
        running = false;
        heartbeat.shutdownNow();
        for (SseEmitter emitter : open) emitter.complete();
        open.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
