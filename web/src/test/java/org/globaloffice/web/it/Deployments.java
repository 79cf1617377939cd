package org.globaloffice.web.it;

import java.io.File;
import java.util.Objects;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of every Arquillian test: the real WAR the build made, with what the EAR would put beside it (the
 * domain and reporting EJB jars, the EAR's libraries) and only the configuration swapped: a data directory of its
 * own under target/, demo data on, a known admin password. Payara Micro cannot deploy an EAR; a WAR holding the
 * EJB jars runs the same code.
 */
final class Deployments {

    static final String ADMIN_PASSWORD = "admin-it-password";

    private Deployments() {
    }

    static WebArchive application(Class<?>... harness) {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, new File(property("globaloffice.war")));
        for (File jar : Objects.requireNonNull(new File(property("globaloffice.lib")).listFiles())) {
            war.addAsLibrary(jar);
        }
        String dataDir = new File(property("globaloffice.test-data-dir")).getAbsolutePath();
        war.addAsResource(new StringAsset("""
                config_ordinal=500
                globaloffice.data-dir=%s
                globaloffice.demo-data=true
                globaloffice.bootstrap.admin-password=%s
                globaloffice.passport-key=%s
                """.formatted(dataDir.replace("\\", "/"), ADMIN_PASSWORD, property("globaloffice.passport-key"))),
                "META-INF/microprofile-config.properties");
        war.addClasses(harness);
        return war;
    }

    private static String property(String name) {
        return Objects.requireNonNull(System.getProperty(name), name + " is set by the build (failsafe)");
    }
}
