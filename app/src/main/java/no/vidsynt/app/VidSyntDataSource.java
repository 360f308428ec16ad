package no.vidsynt.app;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * VidSynt's one data source. Every value comes from MicroProfile Config, so environment variables switch the same jar
 * between the embedded H2 file (the default, see {@link DatabaseDefaults}) and a MariaDB server.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = "java:app/jdbc/vidsynt",
        className = "${MPCONFIG=vidsynt.db.datasource-class}",
        url = "${MPCONFIG=vidsynt.db.url}",
        user = "${MPCONFIG=vidsynt.db.user}",
        password = "${MPCONFIG=vidsynt.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
public class VidSyntDataSource {}
