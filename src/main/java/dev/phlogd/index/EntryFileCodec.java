package dev.phlogd.index;

import dev.phlogd.journal.DateSource;
import dev.phlogd.journal.EntryDate;
import dev.phlogd.journal.EntryInfo;
import dev.phlogd.journal.RawLink;
import dev.phlogd.journal.SourceFormat;
import dev.phlogd.journal.TitleSource;
import dev.phlogd.text.PackedText;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link EntryFile} as bytes and back, for {@link IndexCache}. Plain fields one after the other,
 * never Java serialization: what is read back can only ever be an entry's values. Enums are kept by
 * position, which is safe because a cache is only read by the build that wrote it. Strings are
 * UTF-8, which holds any text the parser makes: it is decoded from bytes, so well-formed.
 */
final class EntryFileCodec {
    private EntryFileCodec() {}

    static void write(DataOutput out, EntryFile file) throws IOException {
        out.writeByte(file.format().ordinal());
        writeInfo(out, file.whole());
        out.writeInt(file.sections().size());
        for (EntryInfo section : file.sections()) {
            writeInfo(out, section);
        }
        writeString(out, file.frontMatterError().orElse(null));
        out.writeInt(file.blocks().size());
        for (Map.Entry<String, String> block : file.blocks().entrySet()) {
            writeString(out, block.getKey());
            writeString(out, block.getValue());
        }
    }

    /** @throws IOException or a runtime exception when the bytes are not what {@link #write} wrote */
    static EntryFile read(ByteBuffer in) throws IOException {
        SourceFormat format = of(SourceFormat.values(), in.get());
        EntryInfo whole = readInfo(in);
        int sectionCount = count(in);
        List<EntryInfo> sections = new ArrayList<>(sectionCount);
        for (int i = 0; i < sectionCount; i++) {
            sections.add(readInfo(in));
        }
        Optional<String> frontMatterError = Optional.ofNullable(readString(in));
        int blockCount = count(in);
        Map<String, String> blocks = new HashMap<>(blockCount * 2);
        for (int i = 0; i < blockCount; i++) {
            blocks.put(readString(in), readString(in));
        }
        return new EntryFile(format, whole, sections, frontMatterError, blocks);
    }

    private static void writeInfo(DataOutput out, EntryInfo info) throws IOException {
        writeString(out, info.id());
        writeString(out, info.title());
        out.writeByte(info.titleSource().ordinal());
        EntryDate date = info.date();
        out.writeBoolean(date != null);
        if (date != null) {
            out.writeLong(date.date().toEpochDay());
            out.writeLong(date.time() == null ? -1 : date.time().toNanoOfDay());
            out.writeInt(
                    date.offset() == null ? Integer.MIN_VALUE : date.offset().getTotalSeconds());
        }
        out.writeByte(info.dateSource().ordinal());
        out.writeInt(info.tags().size());
        for (String tag : info.tags()) {
            writeString(out, tag);
        }
        out.writeBoolean(info.draft());
        out.writeInt(info.links().size());
        for (RawLink link : info.links()) {
            out.writeByte(link.kind().ordinal());
            writeString(out, link.target());
        }
        info.packedText().writeTo(out);
    }

    private static EntryInfo readInfo(ByteBuffer in) throws IOException {
        String id = readString(in);
        String title = readString(in);
        TitleSource titleSource = of(TitleSource.values(), in.get());
        EntryDate date = null;
        if (in.get() != 0) {
            LocalDate day = LocalDate.ofEpochDay(in.getLong());
            long nanos = in.getLong();
            int offset = in.getInt();
            date = new EntryDate(
                    day,
                    nanos == -1 ? null : LocalTime.ofNanoOfDay(nanos),
                    offset == Integer.MIN_VALUE ? null : ZoneOffset.ofTotalSeconds(offset));
        }
        DateSource dateSource = of(DateSource.values(), in.get());
        int tagCount = count(in);
        List<String> tags = new ArrayList<>(tagCount);
        for (int i = 0; i < tagCount; i++) {
            tags.add(readString(in));
        }
        boolean draft = in.get() != 0;
        int linkCount = count(in);
        List<RawLink> links = new ArrayList<>(linkCount);
        for (int i = 0; i < linkCount; i++) {
            links.add(new RawLink(of(RawLink.Kind.values(), in.get()), readString(in)));
        }
        return new EntryInfo(id, title, titleSource, date, dateSource, tags, draft, links, PackedText.readFrom(in));
    }

    static void writeString(DataOutput out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(ByteBuffer in) throws IOException {
        int length = in.getInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > in.remaining()) {
            throw new IOException("a string of " + length + " bytes where " + in.remaining() + " are left");
        }
        String s = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }

    /** A count of things still to come, each at least a byte long: more than what is left is damage. */
    static int count(ByteBuffer in) throws IOException {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new IOException("a count of " + n + " where " + in.remaining() + " bytes are left");
        }
        return n;
    }

    private static <E extends Enum<E>> E of(E[] values, byte ordinal) throws IOException {
        if (ordinal < 0 || ordinal >= values.length) {
            throw new IOException("no " + values.getClass().getComponentType().getSimpleName() + " " + ordinal);
        }
        return values[ordinal];
    }
}
