package org.placementledger.commandside.eventstore;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import org.bson.BsonDocument;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Every command the client sends, so scenarios can check what a read costs the server; and a way to act
 * just after a query has been answered, as another writer might.
 */
final class RecordedCommands implements CommandListener {

    private final List<BsonDocument> commands = new CopyOnWriteArrayList<>();
    private final AtomicReference<Runnable> afterNextFind = new AtomicReference<>();
    private final AtomicReference<String> afterFindOn = new AtomicReference<>();
    private final AtomicInteger awaitedRequest = new AtomicInteger(-1);

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (event.getDatabaseName().equals("admin")) return;
        BsonDocument command = event.getCommand().clone();
        commands.add(command);
        String collection = afterFindOn.get();
        if (collection != null && command.containsKey("find") && command.getString("find").getValue().equals(collection)
                && afterFindOn.compareAndSet(collection, null)) {
            awaitedRequest.set(event.getRequestId());
        }
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        if (event.getRequestId() == awaitedRequest.get() && awaitedRequest.compareAndSet(event.getRequestId(), -1)) {
            afterNextFind.getAndSet(null).run();
        }
    }

    /** Runs {@code action} once, when the next find on {@code collection} has been answered. */
    void afterNextFindOn(String collection, Runnable action) {
        afterNextFind.set(action);
        afterFindOn.set(collection);
    }

    void clear() {
        commands.clear();
    }

    List<BsonDocument> all() {
        return List.copyOf(commands);
    }

    /** The finds sent to one collection. */
    List<BsonDocument> findsOn(String collection) {
        return commands.stream().filter(c -> c.containsKey("find") && c.getString("find").getValue().equals(collection)).toList();
    }
}
