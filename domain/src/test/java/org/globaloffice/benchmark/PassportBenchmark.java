package org.globaloffice.benchmark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.TimeUnit;
import org.globaloffice.foreignteacher.control.PassportProtection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What protecting a passport number costs per teacher saved or imported — AES-GCM encryption plus the keyed lookup
 * hash — and per reveal (decryption), against the baseline of one plain SHA-256 of the same number.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PassportBenchmark {

    static final String NUMBER = "E12345678";

    PassportProtection protection;
    String stored;

    @Setup
    public void key() {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) i;
        }
        protection = new PassportProtection(key);
        stored = protection.encrypt(NUMBER);
    }

    @Benchmark
    public String encryptAndHash() {
        return protection.encrypt(NUMBER) + protection.lookupHash(NUMBER);
    }

    @Benchmark
    public String reveal() {
        return protection.decrypt(stored);
    }

    @Benchmark
    public byte[] baselineSha256() throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(NUMBER.getBytes(StandardCharsets.UTF_8));
    }
}
