package id.go.tangerangkota.mpp.hub.security;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.mpp.hub.api.CitizenAccessApi;
import id.go.tangerangkota.mpp.hub.api.DataKeysAdminApi;
import id.go.tangerangkota.mpp.hub.request.CitizenAccessLog;
import id.go.tangerangkota.mpp.hub.request.StoredDataRotation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wires personal-data protection: the data keys and the cipher the stores encrypt with, the record
 * of accesses to citizens' data, and the API operations over them. A hub without a current data
 * key does not start (the message names the settings to set).
 */
@Configuration(proxyBeanMethods = false)
public class PersonalDataConfiguration {

    @Bean
    DataCipher dataCipher(Environment environment) {
        return new DataCipher(DataKeys.from(environment));
    }

    @Bean
    CitizenAccessLog citizenAccessLog(JdbcTemplate jdbc, Clock clock) {
        return new CitizenAccessLog(jdbc, clock);
    }

    @Bean
    StoredDataRotation storedDataRotation(JdbcTemplate jdbc, DataCipher dataCipher,
            @Value("${mpp.security.data-key-rotation-batch:200}") int batchSize) {
        return new StoredDataRotation(jdbc, dataCipher, batchSize);
    }

    @Bean
    CitizenAccessApi citizenAccessApi(CitizenAccessLog citizenAccessLog, NikHasher nikHasher, ObjectMapper json) {
        return new CitizenAccessApi(citizenAccessLog, nikHasher, json);
    }

    @Bean
    DataKeysAdminApi dataKeysAdminApi(StoredDataRotation storedDataRotation, ObjectMapper json) {
        return new DataKeysAdminApi(storedDataRotation, json);
    }
}
