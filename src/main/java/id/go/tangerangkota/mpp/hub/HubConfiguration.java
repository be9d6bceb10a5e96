package id.go.tangerangkota.mpp.hub;

import java.time.Clock;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.mpp.hub.api.CatalogueApi;
import id.go.tangerangkota.mpp.hub.api.ConnectorAdminApi;
import id.go.tangerangkota.mpp.hub.api.DeadLettersApi;
import id.go.tangerangkota.mpp.hub.api.IdempotencyGuard;
import id.go.tangerangkota.mpp.hub.api.OpenApiDocument;
import id.go.tangerangkota.mpp.hub.api.Preconditions;
import id.go.tangerangkota.mpp.hub.api.JsonInputLimits;
import id.go.tangerangkota.mpp.hub.api.RequestValidator;
import id.go.tangerangkota.mpp.hub.api.RequestsApi;
import id.go.tangerangkota.mpp.hub.api.ServiceCallApi;
import id.go.tangerangkota.mpp.hub.api.TrackingApi;
import id.go.tangerangkota.mpp.hub.broker.BrokerQueues;
import id.go.tangerangkota.mpp.hub.connector.CompiledJsonataComponent;
import id.go.tangerangkota.mpp.hub.connector.ConnectorLoader;
import id.go.tangerangkota.mpp.hub.connector.ConnectorLocations;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.connector.ConnectorReloader;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRoutes;
import id.go.tangerangkota.mpp.hub.connector.EnvelopeFactory;
import id.go.tangerangkota.mpp.hub.payment.AgencyCalls;
import id.go.tangerangkota.mpp.hub.payment.BillLocks;
import id.go.tangerangkota.mpp.hub.payment.PaymentFlow;
import id.go.tangerangkota.mpp.hub.payment.PaymentReconciler;
import id.go.tangerangkota.mpp.hub.protocol.AgencyCallErrors;
import id.go.tangerangkota.mpp.hub.protocol.tls.AgencyTlsContexts;
import id.go.tangerangkota.mpp.hub.protocol.OutcomeReader;
import id.go.tangerangkota.mpp.hub.protocol.RestJsonCall;
import id.go.tangerangkota.mpp.hub.request.ApplicationDelivery;
import id.go.tangerangkota.mpp.hub.request.CitizenAccessLog;
import id.go.tangerangkota.mpp.hub.request.DeadLetters;
import id.go.tangerangkota.mpp.hub.resilience.AgencyGuards;
import id.go.tangerangkota.mpp.hub.resilience.CallListener;
import id.go.tangerangkota.mpp.hub.resilience.ApplicationHolds;
import id.go.tangerangkota.mpp.hub.resilience.DeliveryHold;
import id.go.tangerangkota.mpp.hub.resilience.DeliveryWaits;
import id.go.tangerangkota.mpp.hub.resilience.OfficeHours;
import id.go.tangerangkota.mpp.hub.resilience.QueueSettingsCheck;
import id.go.tangerangkota.mpp.hub.resilience.InquiryCalls;
import id.go.tangerangkota.mpp.hub.request.IdempotencyRetention;
import id.go.tangerangkota.mpp.hub.request.IdempotencyStore;
import id.go.tangerangkota.mpp.hub.request.QueuedRequestSweeper;
import id.go.tangerangkota.mpp.hub.request.RequestStore;
import id.go.tangerangkota.mpp.hub.request.StatusEvents;
import id.go.tangerangkota.mpp.hub.security.DataCipher;
import id.go.tangerangkota.mpp.hub.security.NikHasher;
import jakarta.jms.ConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Wires the hub's parts. Bean names are the names the YAML routes call them by.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class HubConfiguration {

    /**
     * The {@code jsonata:} component of the kamelets' mapping steps: Camel's, with each mapping parsed
     * once per endpoint instead of on every call.
     */
    @Bean("jsonata")
    CompiledJsonataComponent jsonata() {
        return new CompiledJsonataComponent();
    }

    /** The one clock every time-dependent part reads, so tests can move time. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ConnectorLoader connectorLoader(Environment environment, ResourceLoader resources, ConnectorLocations locations) {
        return new ConnectorLoader(environment, resources, locations);
    }

    @Bean
    ConnectorRegistry connectorRegistry(ConnectorLoader loader, ResourcePatternResolver resolver,
            ConnectorLocations locations, @Value("${mpp.connectors.only:}") String only) {
        return new ConnectorRegistry(loader, resolver, locations, only);
    }

    @Bean
    ConnectorRoutes connectorRoutes(ConnectorRegistry registry, ConnectorLocations locations,
            @Value("${mpp.delivery.enabled:true}") boolean deliveryEnabled, QueueSettingsCheck queueSettings,
            AgencyTlsContexts tlsContexts) {
        return new ConnectorRoutes(registry, locations, deliveryEnabled, queueSettings, tlsContexts);
    }

    /** Deliveries run only while the broker dead-letters as the descriptors say. */
    @Bean
    QueueSettingsCheck queueSettingsCheck(BrokerQueues brokerQueues, ConnectorRegistry registry,
            DeliveryHold deliveryHold) {
        return new QueueSettingsCheck(brokerQueues, registry, deliveryHold);
    }

    @Bean
    ConnectorReloader connectorReloader(ConnectorRegistry registry, ConnectorLoader loader, ConnectorRoutes routes,
            CamelContext camel) {
        return new ConnectorReloader(registry, loader, routes, camel);
    }

    @Bean
    DeadLetters deadLetters(ConnectionFactory connectionFactory, RequestStore requests) {
        return new DeadLetters(connectionFactory, requests);
    }

    @Bean
    DeadLettersApi deadLettersApi(DeadLetters deadLetters, ConnectorRegistry registry, ObjectMapper json,
            JsonInputLimits limits) {
        return new DeadLettersApi(deadLetters, registry, json, limits);
    }

    @Bean
    TrackingApi trackingApi(RequestStore requests, ConnectorRegistry registry, ObjectMapper json) {
        return new TrackingApi(requests, registry, json);
    }

    @Bean
    ConnectorAdminApi connectorAdminApi(ConnectorReloader reloader, ConnectorRegistry registry,
            DeliveryHold deliveryHold, ObjectMapper json) {
        return new ConnectorAdminApi(reloader, registry, deliveryHold, json);
    }

    @Bean
    NikHasher nikHasher(@Value("${mpp.security.nik-hash-key:}") String key) {
        return new NikHasher(key);
    }

    @Bean
    RequestStore requestStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
            DataCipher dataCipher, CitizenAccessLog citizenAccessLog) {
        return new RequestStore(jdbc, transactions, clock, dataCipher, citizenAccessLog);
    }

    @Bean
    IdempotencyStore idempotencyStore(JdbcTemplate jdbc, Clock clock,
            @Value("${mpp.idempotency.claim-timeout:PT10M}") Duration claimTimeout, DataCipher dataCipher) {
        return new IdempotencyStore(jdbc, clock, claimTimeout, dataCipher);
    }

    @Bean
    IdempotencyRetention idempotencyRetention(IdempotencyStore store,
            @Value("${mpp.idempotency.retention:P1D}") Duration retention) {
        return new IdempotencyRetention(store, retention);
    }

    @Bean
    EnvelopeFactory envelopeFactory(ObjectMapper json, @Value("${mpp.hub.address:127.0.0.1}") String hubAddress) {
        return new EnvelopeFactory(json, hubAddress);
    }

    @Bean
    RequestValidator requestValidator(ObjectMapper json, JsonInputLimits limits, ResourceLoader resources,
            ConnectorLocations locations) {
        return new RequestValidator(json, limits, resources, locations.mappings());
    }

    /** What a caller's JSON may hold; see docs/security.md (hostile input). */
    @Bean
    JsonInputLimits jsonInputLimits(@Value("${mpp.http.max-json-depth:32}") int maxDepth,
            @Value("${mpp.http.max-string-length:10000}") int maxStringLength) {
        return new JsonInputLimits(maxDepth, maxStringLength);
    }

    @Bean
    CatalogueApi catalogueApi(ConnectorRegistry registry, ObjectMapper json) {
        return new CatalogueApi(registry, json);
    }

    @Bean
    ServiceCallApi serviceCallApi(ConnectorRegistry registry, RequestValidator validator, IdempotencyStore idempotency,
            RequestStore requests, EnvelopeFactory envelopes, NikHasher nikHasher, ObjectMapper json, Clock clock,
            PlatformTransactionManager transactions, ApplicationHolds holds, CitizenAccessLog citizenAccessLog) {
        return new ServiceCallApi(registry, validator, new IdempotencyGuard(idempotency), requests, envelopes,
                nikHasher, json, clock, transactions, holds, citizenAccessLog);
    }

    @Bean
    RequestsApi requestsApi(RequestStore requests, ConnectorRegistry registry, NikHasher nikHasher, ObjectMapper json,
            CitizenAccessLog citizenAccessLog) {
        return new RequestsApi(requests, registry, nikHasher, json, citizenAccessLog);
    }

    @Bean
    OpenApiDocument openApiDocument(ResourceLoader resources) {
        return new OpenApiDocument(resources);
    }

    @Bean
    ApplicationDelivery applicationDelivery(RequestStore requests, ConnectorRegistry registry,
            EnvelopeFactory envelopes, ObjectMapper json, DeliveryHold deliveryHold, CamelContext camel) {
        return new ApplicationDelivery(requests, registry, envelopes, json, new DeliveryWaits(deliveryHold, camel));
    }

    /** Every committed status change goes out on the topic mpp.events. */
    @Bean
    StatusEvents statusEvents(RequestStore requests, ConnectionFactory connectionFactory, ObjectMapper json,
            Clock clock) {
        JmsTemplate topic = new JmsTemplate(connectionFactory);
        topic.setPubSubDomain(true);
        StatusEvents events = new StatusEvents(requests, topic, json, clock);
        requests.addListener(events);
        return events;
    }

    @Bean
    QueuedRequestSweeper queuedRequestSweeper(RequestStore requests, ConnectionFactory connectionFactory,
            ObjectMapper json, Clock clock, @Value("${mpp.delivery.requeue-after:PT2M}") Duration requeueAfter) {
        return new QueuedRequestSweeper(requests, new JmsTemplate(connectionFactory), json, clock, requeueAfter);
    }

    @Bean
    BillLocks billLocks(JdbcTemplate jdbc, Clock clock) {
        return new BillLocks(jdbc, clock);
    }

    @Bean
    AgencyCalls agencyCalls(ProducerTemplate producer) {
        return new AgencyCalls(producer);
    }

    @Bean
    Preconditions preconditions(ConnectorRegistry registry, AgencyCalls calls, EnvelopeFactory envelopes,
            ObjectMapper json, Clock clock, CitizenAccessLog citizenAccessLog, NikHasher nikHasher) {
        return new Preconditions(registry, calls, envelopes, json, clock, citizenAccessLog, nikHasher);
    }

    @Bean
    PaymentFlow paymentFlow(ConnectorRegistry registry, RequestStore requests, BillLocks locks,
            AgencyCalls calls, EnvelopeFactory envelopes, NikHasher nikHasher, ObjectMapper json, Clock clock) {
        return new PaymentFlow(registry, requests, locks, calls, envelopes, nikHasher, json, clock);
    }

    @Bean
    PaymentReconciler paymentReconciler(RequestStore requests, PaymentFlow flow, Clock clock,
            @Value("${mpp.payment.stale-after:PT60S}") Duration staleAfter) {
        return new PaymentReconciler(requests, flow, clock, staleAfter);
    }

    @Bean
    RestJsonCall restJsonCall() {
        return new RestJsonCall();
    }

    @Bean
    DeliveryHold deliveryHold(CamelContext camel, Clock clock, RequestStore requests) {
        return new DeliveryHold(camel, clock, requests::holdQueued);
    }

    @Bean
    OfficeHours officeHours(ConnectorRegistry registry, DeliveryHold deliveryHold, Clock clock,
            @Value("${mpp.hours.enforced:true}") boolean enforced,
            @Value("${mpp.hours.check-interval:PT30S}") Duration interval) {
        return new OfficeHours(registry, deliveryHold, clock, enforced, interval);
    }

    @Bean
    ApplicationHolds applicationHolds(OfficeHours officeHours, DeliveryHold deliveryHold) {
        return new ApplicationHolds(officeHours, deliveryHold);
    }

    @Bean
    AgencyGuards agencyGuards(ConnectorRegistry registry, DeliveryHold deliveryHold,
            ObjectProvider<CallListener> callListener) {
        return new AgencyGuards(registry, deliveryHold, callListener.getIfAvailable(() -> CallListener.NONE));
    }

    @Bean
    InquiryCalls inquiryCalls(ProducerTemplate producer, ConnectorRegistry registry) {
        return new InquiryCalls(producer, registry);
    }

    @Bean
    AgencyCallErrors agencyCallErrors(AgencyTlsContexts tlsContexts) {
        return new AgencyCallErrors(tlsContexts);
    }

    @Bean
    OutcomeReader outcomeReader(ObjectMapper json) {
        return new OutcomeReader(json);
    }
}
