package id.go.tangerangkota.mpp.hub.protocol.vclaim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LZString's URI-safe flavour ({@code compressToEncodedURIComponent} and
 * {@code decompressFromEncodedURIComponent}), a line-by-line port of the JavaScript library
 * (lz-string 1.5.0, WTFPL) that VClaim uses to compress the plaintext of its encrypted answers.
 *
 * <p>It works on UTF-16 code units exactly as JavaScript strings do, which Java strings also are, so
 * surrogate pairs and even lone surrogates come out as the library gives them. The test vectors in
 * {@code src/test/resources/vclaim/lzstring-vectors.json} were produced by the JavaScript library
 * itself and pin this port to it.
 */
public final class LzString {

    /** The 64 characters of the URI-safe alphabet; a value's index is its 6-bit value. */
    private static final String URI_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";
    private static final int BITS_PER_CHAR = 6;
    /** The first bit mask of each input character when decompressing 6-bit characters. */
    private static final int RESET_VALUE = 32;
    private static final int[] REVERSE = new int[128];

    static {
        java.util.Arrays.fill(REVERSE, -1);
        for (int i = 0; i < URI_SAFE.length(); i++) {
            REVERSE[URI_SAFE.charAt(i)] = i;
        }
    }

    private LzString() {
    }

    /** As the library: {@code null} compresses to the empty string. */
    public static String compressToEncodedURIComponent(String input) {
        if (input == null) {
            return "";
        }
        return compress(input);
    }

    /**
     * As the library: {@code null} gives the empty string, the empty string gives {@code null}, and
     * corrupt input gives {@code null} (or the empty string where the library gives it). Spaces
     * are read as '+', because a URL decoder may have turned them into spaces. Unlike the library,
     * a character outside the URI-safe alphabet is corrupt input ({@code null}) rather than being
     * read as zero bits.
     */
    public static String decompressFromEncodedURIComponent(String input) {
        if (input == null) {
            return "";
        }
        if (input.isEmpty()) {
            return null;
        }
        String text = input.replace(' ', '+');
        int[] values = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int value = c < REVERSE.length ? REVERSE[c] : -1;
            if (value < 0) {
                return null;
            }
            values[i] = value;
        }
        return decompress(values);
    }

    // ---------------------------------------------------------------- compression

    /** Writes codes of {@code numBits} bits into 6-bit characters, as the library's context_data. */
    private static final class BitWriter {
        private final StringBuilder out = new StringBuilder();
        private int value;
        private int position;

        /** Writes {@code count} bits of {@code bits}, lowest first (the library's "value & 1" loop). */
        void lowFirst(int bits, int count) {
            for (int i = 0; i < count; i++) {
                push(bits & 1);
                bits >>= 1;
            }
        }

        void push(int bit) {
            value = (value << 1) | bit;
            if (position == BITS_PER_CHAR - 1) {
                position = 0;
                out.append(URI_SAFE.charAt(value));
                value = 0;
            } else {
                position++;
            }
        }

        /** Pads the last character with zero bits ("flush the last char"). */
        String finish() {
            while (true) {
                value <<= 1;
                if (position == BITS_PER_CHAR - 1) {
                    out.append(URI_SAFE.charAt(value));
                    return out.toString();
                }
                position++;
            }
        }
    }

    /** The library's mutable compression context. */
    private static final class Compressor {
        private final Map<String, Integer> dictionary = new HashMap<>();
        private final Set<String> toCreate = new HashSet<>();
        private final BitWriter out = new BitWriter();
        private int enlargeIn = 2; // compensates for the first entry, which should not count
        private int dictSize = 3;
        private int numBits = 2;

        /** Emits the code of {@code w}: a new character literal the first time, else its dictionary entry. */
        void emit(String w) {
            if (toCreate.contains(w)) {
                char first = w.charAt(0);
                if (first < 256) {
                    out.lowFirst(0, numBits);
                    out.lowFirst(first, 8);
                } else {
                    out.lowFirst(1, numBits);
                    out.lowFirst(first, 16);
                }
                countCode();
                toCreate.remove(w);
            } else {
                out.lowFirst(dictionary.get(w), numBits);
            }
            countCode();
        }

        void countCode() {
            enlargeIn--;
            if (enlargeIn == 0) {
                enlargeIn = 1 << numBits;
                numBits++;
            }
        }
    }

    private static String compress(String input) {
        Compressor c = new Compressor();
        String w = "";
        for (int i = 0; i < input.length(); i++) {
            String ch = String.valueOf(input.charAt(i));
            if (!c.dictionary.containsKey(ch)) {
                c.dictionary.put(ch, c.dictSize++);
                c.toCreate.add(ch);
            }
            String wc = w + ch;
            if (c.dictionary.containsKey(wc)) {
                w = wc;
            } else {
                c.emit(w);
                c.dictionary.put(wc, c.dictSize++);
                w = ch;
            }
        }
        if (!w.isEmpty()) {
            c.emit(w);
        }
        c.out.lowFirst(2, c.numBits); // end of stream
        return c.out.finish();
    }

    // ---------------------------------------------------------------- decompression

    /** Reads bits from the 6-bit values, as the library's {@code data} object. */
    private static final class BitReader {
        private final int[] values;
        private int value;
        private int position = RESET_VALUE;
        private int index = 1;

        BitReader(int[] values) {
            this.values = values;
            this.value = values[0];
        }

        /** Reads a {@code count}-bit number, lowest bit first. */
        int read(int count) {
            int bits = 0;
            for (int power = 1; power != 1 << count; power <<= 1) {
                int bit = value & position;
                position >>= 1;
                if (position == 0) {
                    position = RESET_VALUE;
                    // Past the end the library reads undefined, which its bit operations treat as 0.
                    value = index < values.length ? values[index] : 0;
                    index++;
                }
                if (bit > 0) {
                    bits |= power;
                }
            }
            return bits;
        }
    }

    private static String decompress(int[] values) {
        BitReader in = new BitReader(values);
        List<String> dictionary = new ArrayList<>(List.of("0", "1", "2"));
        int enlargeIn = 4;
        int numBits = 3;

        String c;
        switch (in.read(2)) {
            case 0 -> c = String.valueOf((char) in.read(8));
            case 1 -> c = String.valueOf((char) in.read(16));
            case 2 -> {
                return "";
            }
            default -> {
                return null;
            }
        }
        dictionary.add(c);
        String w = c;
        StringBuilder result = new StringBuilder(c);
        while (true) {
            if (in.index > values.length) {
                return "";
            }
            int code = in.read(numBits);
            switch (code) {
                case 0, 1 -> {
                    dictionary.add(String.valueOf((char) in.read(code == 0 ? 8 : 16)));
                    code = dictionary.size() - 1;
                    enlargeIn--;
                }
                case 2 -> {
                    return result.toString();
                }
                default -> {
                    // a dictionary reference, read below
                }
            }
            if (enlargeIn == 0) {
                enlargeIn = 1 << numBits;
                numBits++;
            }
            String entry;
            if (code < dictionary.size()) {
                entry = dictionary.get(code);
            } else if (code == dictionary.size()) {
                entry = w + w.charAt(0);
            } else {
                return null;
            }
            result.append(entry);
            dictionary.add(w + entry.charAt(0));
            enlargeIn--;
            w = entry;
            if (enlargeIn == 0) {
                enlargeIn = 1 << numBits;
                numBits++;
            }
        }
    }
}
