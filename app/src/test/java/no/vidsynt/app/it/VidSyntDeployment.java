package no.vidsynt.app.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployment of every system test: the real war the build produced, unchanged. */
public final class VidSyntDeployment {

    private VidSyntDeployment() {}

    public static WebArchive war() {
        File war = new File(System.getProperty("vidsynt.war", "target/ROOT.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
