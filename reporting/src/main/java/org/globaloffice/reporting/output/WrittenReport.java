package org.globaloffice.reporting.output;

/**
 * What a writer reports once the last row is out: how many rows, and the content checksum printed on the report's
 * face ({@link ContentDigest}), the same for every format made from the same rows.
 */
public record WrittenReport(long rowCount, String contentSha256) {
}
