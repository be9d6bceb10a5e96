package id.go.tangerangkota.mpp.hub.protocol.xml;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hub's XML parser refuses DTDs, so no entity can expand, read a file or call out. */
class SafeXmlTest {

    @Test
    void parsesNamespacedXml() {
        assertThat(SafeXml.parse("<p:a xmlns:p=\"urn:x\"><p:b>1</p:b></p:a>").getDocumentElement().getNamespaceURI())
                .isEqualTo("urn:x");
    }

    @Test
    void anExternalEntityIsRefusedWithoutReadingTheFile(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "RAHASIA");
        String xxe = "<!DOCTYPE a [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]><a>&x;</a>";

        assertThatThrownBy(() -> SafeXml.parse(xxe)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DOCTYPE").hasMessageNotContaining("RAHASIA");
    }

    @Test
    void anEntityExpansionBombIsRefused() {
        String bomb = "<!DOCTYPE a [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><a>&b;</a>";

        assertThatThrownBy(() -> SafeXml.parse(bomb)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDocumentNestedDeeperThanTheLimitIsRefused() {
        int depth = SafeXml.MAX_ELEMENT_DEPTH + 1;
        String deep = "<d>".repeat(depth) + "</d>".repeat(depth);

        assertThatThrownBy(() -> SafeXml.parse(deep)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SafeXml.parse("<d>".repeat(20) + "</d>".repeat(20)).getDocumentElement().getLocalName()).isEqualTo("d");
    }

    @Test
    void malformedXmlIsRefused() {
        assertThatThrownBy(() -> SafeXml.parse("<a><b></a>")).isInstanceOf(IllegalArgumentException.class);
    }
}
