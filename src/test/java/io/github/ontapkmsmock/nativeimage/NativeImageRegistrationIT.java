package io.github.ontapkmsmock.nativeimage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.ReferencedClassObject;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.github.ontapkmsmock.ontap.state.RecordSnapshot;
import io.github.ontapkmsmock.ontap.tls.SelfSignedCertificateSource;

/**
 * What the native image needs, checked on the inputs {@code -Pnative-sources} generates (no GraalVM here): every type
 * the mock writes or reads with Jackson by reflection is registered for reflection, and HTTPS's certificate source
 * is too. The types are derived from the code, so a new model, record or answer body is checked without listing it.
 * Runs after the package step ({@code ./mvnw verify -Pnative-sources -DskipTests}, as {@code .ci/run} does).
 */
class NativeImageRegistrationIT {

    private static final String ROOT = "io.github.ontapkmsmock";
    private static final Path SOURCES = Path.of("target/native-sources");
    /** Jackson's data-binding calls that instantiate or introspect the class they are given. */
    private static final Set<String> BINDING_CALLS = Set.of("readValue", "treeToValue", "convertValue", "readerFor",
            "read");

    private static JavaClasses classes;
    private static Map<String, JsonNode> registered;

    @BeforeAll
    static void load() throws IOException {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        registered = new HashMap<>();
        for (JsonNode entry : reflectConfig()) {
            registered.put(entry.path("name").asText(), entry);
        }
    }

    @Test
    void everyTypeBoundByJacksonIsRegisteredWithItsMembers() {
        Set<String> types = boundByJackson();
        assertTrue(types.size() > 100, "derived types: " + types.size());
        List<String> missing = types.stream().filter(t -> !registeredWithMembers(t)).toList();
        assertEquals(List.of(), missing, "not registered for reflection (constructors, methods and fields)");
    }

    @Test
    void storedRecordsAndTheInventoryAreAmongTheCheckedTypes() {
        Set<String> types = boundByJackson();
        for (String type : List.of(ROOT + ".awskms.AwsKmsRecord", ROOT + ".azure.AzureKeyVaultRecord",
                ROOT + ".keymanager.KeyManagerRecord", ROOT + ".keymanager.KeyServerRecord",
                ROOT + ".inventory.InventoryFile", ROOT + ".inventory.InventoryFile$SvmEntry",
                ROOT + ".model.AwsKms", ROOT + ".control.model.JournalEntry")) {
            assertTrue(types.contains(type), type);
        }
    }

    /**
     * HTTPS's self-signed certificate is made at first start, in the native executable too: its config source is
     * created by reflection, and the certificate is made with BouncyCastle's ASN.1 classes and the JDK's own
     * providers (RSA, SHA256withRSA, X.509, JKS), which the native image has. The generator installs BouncyCastle's
     * JCA provider too, last: the algorithms it uses must not come from it, as its algorithm classes are loaded by
     * reflection and not registered.
     */
    @Test
    void certificateGenerationNeedsOnlyWhatTheNativeImageHas(@TempDir Path tmp) throws Exception {
        assertTrue(registered.containsKey(SelfSignedCertificateSource.class.getName()));
        String tmpdir = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", tmp.toString());
        try {
            ConfigSource source = new SelfSignedCertificateSource();
            Path store = Path.of(source.getValue("quarkus.http.ssl.certificate.key-store-file"));
            KeyStore keyStore = KeyStore.getInstance("JKS");
            try (InputStream in = Files.newInputStream(store)) {
                keyStore.load(in, source.getValue("quarkus.http.ssl.certificate.key-store-password").toCharArray());
            }
            assertEquals(1, keyStore.size());
        } finally {
            System.setProperty("java.io.tmpdir", tmpdir);
        }
        for (Provider provider : List.of(KeyPairGenerator.getInstance("RSA").getProvider(),
                Signature.getInstance("SHA256withRSA").getProvider(),
                CertificateFactory.getInstance("X.509").getProvider(), KeyStore.getInstance("JKS").getProvider())) {
            assertTrue(provider.getClass().getName().startsWith("sun.security."), provider.getName());
        }
    }

    /**
     * The generated models (ONTAP's and the control API's); the stored records (the type of each {@link
     * RecordSnapshot}, the state document's sections); every class a Jackson binding call is given ({@code
     * readValue(in, InventoryFile.class)}); the answer bodies resources declare as nested records; and, from all of
     * those, every project type their fields hold, list elements included.
     */
    private static Set<String> boundByJackson() {
        Deque<JavaClass> todo = new ArrayDeque<>();
        classes.stream().filter(c -> c.getPackageName().endsWith(".model")).forEach(todo::add);
        classes.stream().filter(c -> c.isAssignableTo(RecordSnapshot.class) && !c.getName().equals(
                RecordSnapshot.class.getName())).forEach(c -> c.getSuperclass().ifPresent(s -> typeArguments(s, todo)));
        classes.stream().flatMap(c -> c.getReferencedClassObjects().stream())
                .filter(ref -> ref.getOwner().getMethodCallsFromSelf().stream()
                        .anyMatch(call -> BINDING_CALLS.contains(call.getName())
                                && (call.getTargetOwner().getPackageName().startsWith("com.fasterxml.jackson")
                                        || call.getTargetOwner().getSimpleName().equals("SnapshotJson"))))
                .map(ReferencedClassObject::getRawType).forEach(todo::add);
        classes.stream().filter(c -> c.isAssignableTo(Record.class) && c.getEnclosingClass()
                .filter(e -> e.getSimpleName().endsWith("Resource")).isPresent()).forEach(todo::add);
        Set<String> types = new TreeSet<>();
        while (!todo.isEmpty()) {
            JavaClass type = todo.pop();
            if (!type.getPackageName().startsWith(ROOT) || type.isAnonymousClass() || !types.add(type.getName())) {
                continue;
            }
            type.getFields().stream().filter(f -> !f.getModifiers().contains(JavaModifier.STATIC))
                    .flatMap(f -> f.getType().getAllInvolvedRawTypes().stream()).forEach(todo::add);
            todo.addAll(type.getAllSubclasses());
        }
        return types;
    }

    private static void typeArguments(JavaType type, Deque<JavaClass> todo) {
        if (type instanceof JavaParameterizedType parameterized) {
            parameterized.getActualTypeArguments().forEach(a -> todo.addAll(a.getAllInvolvedRawTypes()));
        }
    }

    private static boolean registeredWithMembers(String type) {
        JsonNode entry = registered.get(type);
        return entry != null && entry.path("allDeclaredConstructors").asBoolean()
                && entry.path("allDeclaredMethods").asBoolean() && entry.path("allDeclaredFields").asBoolean();
    }

    private static JsonNode reflectConfig() throws IOException {
        Path runner;
        try (Stream<Path> files = Files.list(SOURCES)) {
            runner = files.filter(f -> f.getFileName().toString().endsWith("-runner.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no runner jar in " + SOURCES
                            + ": run ./mvnw verify -Pnative-sources"));
        }
        try (ZipFile jar = new ZipFile(runner.toFile());
                InputStream in = jar.getInputStream(jar.getEntry("META-INF/native-image/reflect-config.json"))) {
            return new ObjectMapper().readTree(in);
        }
    }
}
