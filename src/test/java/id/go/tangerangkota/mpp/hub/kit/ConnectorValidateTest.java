package id.go.tangerangkota.mpp.hub.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import id.go.tangerangkota.mpp.hub.support.FileTrees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code connector validate connectors/<slug>} as an agency team runs it on its own folder: every
 * connector of the repository passes; each kind of mistake is caught with the file, the field, what
 * is wrong and the fix, and exit code 1.
 */
class ConnectorValidateTest {

    @TempDir
    Path root;
    private Path descriptor;
    private Path mappings;

    /** A copy of Dinsos's connector and mappings, to break. */
    @BeforeEach
    void copyDinsos() throws IOException {
        FileTrees.copy(Path.of("connectors/dinsos"), root.resolve("connectors/dinsos"));
        FileTrees.copy(Path.of("mappings/dinsos"), root.resolve("mappings/dinsos"));
        descriptor = root.resolve("connectors/dinsos/connector.yaml");
        mappings = root.resolve("mappings/dinsos");
    }

    private KitRun validate() {
        return KitRun.of("validate", root.resolve("connectors/dinsos").toString());
    }

    private void edit(String from, String to) throws IOException {
        String text = Files.readString(descriptor);
        assertThat(text).contains(from);
        Files.writeString(descriptor, text.replace(from, to));
    }

    @Test
    void everyConnectorOfTheRepositoryPasses() throws IOException {
        try (Stream<Path> folders = Files.list(Path.of("connectors"))) {
            for (Path folder : (Iterable<Path>) folders.filter(Files::isDirectory)
                    .filter(f -> !f.getFileName().toString().startsWith("_")).sorted()::iterator) {
                KitRun run = KitRun.of("validate", folder.toString());
                assertThat(run.exitCode()).as(folder + ":\n" + run.out()).isZero();
                assertThat(run.out()).contains("OK connector " + folder.getFileName());
            }
        }
    }

    @Test
    void aMissingFieldIsNamedWithWhatToAdd() throws IOException {
        edit("protocol: rest-json\n", "");

        KitRun run = validate();

        assertThat(run.exitCode()).isEqualTo(ConnectorCommand.PROBLEMS);
        assertThat(run.out()).contains("FAILED connector dinsos")
                .contains("connectors/dinsos/connector.yaml  field protocol")
                .contains("required property 'protocol' not found")
                .contains("fix:     add 'protocol' (Protocol adapter:");
    }

    @Test
    void aWrongTypeIsNamedWithTheTypeExpected() throws IOException {
        edit("timeoutMs: 5000", "timeoutMs: five-seconds");

        KitRun run = validate();

        assertThat(run.exitCode()).isEqualTo(ConnectorCommand.PROBLEMS);
        assertThat(run.out()).contains("field resilience.timeoutMs")
                .contains("string found, integer expected")
                .contains("fix:     write a value of type integer");
    }

    @Test
    void aMappingFileThatDoesNotExistIsNamed() throws IOException {
        Files.delete(mappings.resolve("dtks-check.response.jsonata"));

        KitRun run = validate();

        assertThat(run.exitCode()).isEqualTo(ConnectorCommand.PROBLEMS);
        assertThat(run.out()).contains("field services[0].mapping.response")
                .contains("file mappings/dinsos/dtks-check.response.jsonata does not exist")
                .contains("fix:     create mappings/dinsos/dtks-check.response.jsonata or correct the file name");
    }

    @Test
    void aMappingThatDoesNotCompileIsNamedWithItsLine() throws IOException {
        Path mapping = mappings.resolve("dtks-check.response.jsonata");
        Files.writeString(mapping, Files.readString(mapping).replace("kode = \"00\"", "kode = = \"00\""));

        KitRun run = validate();

        assertThat(run.exitCode()).isEqualTo(ConnectorCommand.PROBLEMS);
        assertThat(run.out()).contains("mappings/dinsos/dtks-check.response.jsonata")
                .containsPattern("JSONata does not compile: .*\\(line \\d+, column \\d+\\)");
    }

    @Test
    void anXsltMappingThatDoesNotCompileIsNamedToo() throws IOException {
        FileTrees.copy(Path.of("connectors/taspen"), root.resolve("connectors/taspen"));
        FileTrees.copy(Path.of("mappings/taspen"), root.resolve("mappings/taspen"));
        Path xsl = root.resolve("mappings/taspen/pension-status.response.xsl");
        String text = Files.readString(xsl);
        Files.writeString(xsl, text.replaceFirst("</xsl:stylesheet>", ""));

        KitRun run = KitRun.of("validate", root.resolve("connectors/taspen").toString());

        assertThat(run.exitCode()).isEqualTo(ConnectorCommand.PROBLEMS);
        assertThat(run.out()).contains("mappings/taspen/pension-status.response.xsl")
                .contains("XSLT does not compile");
    }

    @Test
    void aGoldenSampleThatNoLongerMatchesIsNamedWithBothOutputs() throws IOException {
        Path mapping = mappings.resolve("dtks-check.response.jsonata");
        String text = Files.readString(mapping);
        assertThat(text).contains("\"NOT_FOUND\"");
        Files.writeString(mapping, text.replace("\"NOT_FOUND\"", "\"REJECTED\""));

        KitRun run = validate();

        assertThat(run.exitCode()).isEqualTo(ConnectorCommand.PROBLEMS);
        assertThat(run.out()).contains("mappings/dinsos/samples/dtks-check.response.not-registered.in.json")
                .contains("the mapping gives other JSON than dtks-check.response.not-registered.out.json")
                .contains("expected").contains("actual")
                .contains("fix:     correct the mapping, or the .out file if the new output is the right one");
    }

    @Test
    void aSecretWrittenAsAValueIsRefusedWithoutRepeatingIt() throws IOException {
        edit("apiKey: ${mpp.agency.dinsos.api-key}", "apiKey: s3cr3t-value");

        KitRun run = validate();

        assertThat(run.exitCode()).isEqualTo(ConnectorCommand.PROBLEMS);
        assertThat(run.out()).contains("auth.secrets.apiKey").doesNotContain("s3cr3t-value");
    }

    @Test
    void aFolderWithoutADescriptorAndAWrongCommandLineAreSaidSo() {
        KitRun none = KitRun.of("validate", root.resolve("connectors/nothing-here").toString());
        assertThat(none.exitCode()).isEqualTo(ConnectorCommand.PROBLEMS);
        assertThat(none.out()).contains("connectors/nothing-here/connector.yaml").contains("file does not exist");

        assertThat(KitRun.of("validate").exitCode()).isEqualTo(ConnectorCommand.USAGE);
        assertThat(KitRun.of("frobnicate", "x").exitCode()).isEqualTo(ConnectorCommand.USAGE);
        assertThat(KitRun.of("validate", "x", "--colour", "red").exitCode()).isEqualTo(ConnectorCommand.USAGE);
    }

}
