package org.placementledger.infra.history;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.placementledger.commandside.http.RecordingMetadata;
import org.placementledger.measures.geography.PostcodeGrid;
import org.placementledger.queryside.history.ChildEventLog;
import org.placementledger.queryside.history.ChildHistories;
import com.mongodb.client.MongoDatabase;
import org.placementledger.queryside.reports.SavedReports;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class HistoryConfig {

    @Bean
    public ChildEventLog childEventLog(EventStore eventStore) {
        return new EventStoreChildLog(eventStore, RecordingMetadata.RECORDED_BY);
    }

    @Bean
    public ChildHistories childHistories(ChildEventLog log, PostcodeGrid grid) {
        return new ChildHistories(log, grid);
    }

    @Bean
    public SavedReports savedReports(MongoDatabase database) {
        return new SavedReports(database);
    }
}
