package org.globaloffice.foreignteacher.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The passport key from configuration ({@code globaloffice.passport-key}: 32 random bytes, Base64; a Payara password
 * alias or any MicroProfile Config source), never from the database. Without it, no passport number can be stored
 * or read, and the refusal says which setting is missing.
 */
@ApplicationScoped
public class PassportKey {

    @Inject
    @ConfigProperty(name = "globaloffice.passport-key")
    Optional<String> key;

    private PassportProtection protection;

    @Produces
    public PassportProtection protection() {
        if (protection == null) {
            String value = key.filter(k -> !k.isBlank()).orElseThrow(() -> new IllegalStateException(
                    "Set globaloffice.passport-key (32 random bytes, Base64, e.g. openssl rand -base64 32)"));
            protection = PassportProtection.fromBase64(value.strip());
        }
        return protection;
    }
}
