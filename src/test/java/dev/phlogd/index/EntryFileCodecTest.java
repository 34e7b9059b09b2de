package dev.phlogd.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phlogd.journal.DateSource;
import dev.phlogd.journal.EntryDate;
import dev.phlogd.journal.EntryInfo;
import dev.phlogd.journal.JournalParser;
import dev.phlogd.journal.RawLink;
import dev.phlogd.journal.SourceFormat;
import dev.phlogd.journal.TitleSource;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** What the index keeps of a file comes back from its bytes exactly as it was. */
class EntryFileCodecTest {
    static byte[] bytes(EntryFile file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EntryFileCodec.write(new DataOutputStream(out), file);
        return out.toByteArray();
    }

    static EntryFile roundTrip(EntryFile file) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(bytes(file));
        EntryFile back = EntryFileCodec.read(in);
        assertThat(in.remaining()).as("every byte read").isZero();
        return back;
    }

    @Test
    void everyFileOfTheBundledHoleComesBackAsParsed() throws IOException {
        JournalParser parser = new JournalParser(70, ZoneOffset.UTC);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("gopherhole"))) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> SourceFormat.isEntry(p.getFileName().toString()))
                    .toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path p : files) {
            EntryFile parsed = EntryFile.of(parser.parse(
                    p.getFileName().toString(),
                    Files.readAllBytes(p),
                    Files.getLastModifiedTime(p).toInstant()));
            assertThat(roundTrip(parsed)).as(p.toString()).isEqualTo(parsed);
        }
    }

    @Property(tries = 300)
    void anyEntryFileComesBack(@ForAll("files") EntryFile file) throws IOException {
        assertThat(roundTrip(file)).isEqualTo(file);
    }

    @Property(tries = 200)
    void cutShortItIsRefusedNotMisread(@ForAll("files") EntryFile file, @ForAll("fractions") double at)
            throws IOException {
        byte[] whole = bytes(file);
        ByteBuffer cut = ByteBuffer.wrap(whole, 0, (int) (whole.length * at));
        assertThatThrownBy(() -> EntryFileCodec.read(cut))
                .isInstanceOfAny(IOException.class, BufferUnderflowException.class);
    }

    @Test
    void aLengthLongerThanWhatIsLeftIsRefused() throws IOException {
        EntryFile file =
                new EntryFile(SourceFormat.MARKDOWN, info("t", "x".repeat(500)), List.of(), Optional.empty(), Map.of());
        byte[] b = bytes(file);
        // The id's length, right after the format byte.
        ByteBuffer.wrap(b).putInt(1, Integer.MAX_VALUE - 1);
        assertThatThrownBy(() -> EntryFileCodec.read(ByteBuffer.wrap(b))).isInstanceOf(IOException.class);
    }

    static EntryInfo info(String title, String text) {
        return new EntryInfo(
                "",
                title,
                TitleSource.HEADING,
                EntryDate.of(LocalDate.of(2024, 5, 1)),
                DateSource.FILE_NAME,
                List.of(),
                false,
                List.of(),
                text);
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 0.999).ofScale(3);
    }

    @Provide
    Arbitrary<EntryFile> files() {
        Arbitrary<EntryInfo> infos = infos();
        return Combinators.combine(
                        Arbitraries.of(SourceFormat.class),
                        infos,
                        infos.list().ofMaxSize(3),
                        text().injectNull(0.5),
                        Arbitraries.maps(text(), text()).ofMaxSize(3))
                .as((format, whole, sections, error, blocks) ->
                        new EntryFile(format, whole, sections, Optional.ofNullable(error), blocks));
    }

    private static Arbitrary<String> text() {
        // Any code point, the supplementary ones too, and texts long enough to be kept deflated.
        // Well-formed text only: what the parser reads was decoded from bytes, so has no lone
        // surrogate (UTF-8 cannot carry one).
        return Arbitraries.oneOf(
                        Arbitraries.strings().ofMaxLength(40),
                        Arbitraries.strings()
                                .withCharRange('a', 'e')
                                .withChars(' ', '\n', 'é')
                                .ofMinLength(160)
                                .ofMaxLength(2000),
                        Arbitraries.strings().all().ofMaxLength(12).map(s -> s + "\uD83D\uDE00"))
                .filter(s -> s.equals(new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)));
    }

    private static Arbitrary<EntryInfo> infos() {
        Arbitrary<EntryDate> dates = Combinators.combine(
                        Arbitraries.longs().between(-200_000, 200_000),
                        Arbitraries.longs().between(-1, 86_399_999_999_999L),
                        Arbitraries.integers().between(-1, 36))
                .as((day, nanos, quarters) -> new EntryDate(
                        LocalDate.ofEpochDay(day),
                        nanos < 0 ? null : LocalTime.ofNanoOfDay(nanos),
                        quarters < 0 ? null : ZoneOffset.ofTotalSeconds((quarters - 18) * 900)))
                .injectNull(0.2);
        Arbitrary<RawLink> links =
                Combinators.combine(Arbitraries.of(RawLink.Kind.class), text()).as(RawLink::new);
        Arbitrary<List<Object>> parts = Combinators.combine(
                        text(), text(), Arbitraries.of(TitleSource.class), dates, Arbitraries.of(DateSource.class))
                .as((id, title, titleSource, date, dateSource) -> {
                    List<Object> l = new ArrayList<>();
                    l.add(id);
                    l.add(title);
                    l.add(titleSource);
                    l.add(date);
                    l.add(dateSource);
                    return l;
                });
        return Combinators.combine(
                        parts,
                        text().list().ofMaxSize(4),
                        Arbitraries.of(true, false),
                        links.list().ofMaxSize(3),
                        text())
                .as((p, tags, draft, linkList, words) -> new EntryInfo(
                        (String) p.get(0),
                        (String) p.get(1),
                        (TitleSource) p.get(2),
                        (EntryDate) p.get(3),
                        (DateSource) p.get(4),
                        tags,
                        draft,
                        linkList,
                        words));
    }

    @Test
    void aDateOfTheBundledKindsComesBack() throws IOException {
        EntryDate withOffset = new EntryDate(LocalDate.of(2024, 5, 12), LocalTime.of(7, 45), ZoneOffset.ofHours(2));
        EntryInfo dated = new EntryInfo(
                "2024-05-12",
                "Morning",
                TitleSource.HEADING,
                withOffset,
                DateSource.HEADING,
                List.of("walk"),
                true,
                List.of(new RawLink(RawLink.Kind.WIKI, "Page")),
                "words");
        EntryFile file = new EntryFile(
                SourceFormat.JRNL, dated, List.of(dated), Optional.of("cannot be read"), Map.of("id", "block"));
        assertThat(roundTrip(file)).isEqualTo(file);
    }
}
