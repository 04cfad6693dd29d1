package org.placementledger.infra.config;

import org.placementledger.commandside.domain.RecordLimits;
import org.placementledger.events.Money;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration
public class DomainConfig {

    /** "Today" for effective dates is the council's day, not the server's. */
    @Bean
    public Clock clock(LedgerProperties properties) {
        return Clock.system(properties.zone());
    }

    @Bean
    public RecordLimits recordLimits(LedgerProperties properties) {
        return new RecordLimits(Money.of(properties.weeklyCostCeiling()));
    }
}
