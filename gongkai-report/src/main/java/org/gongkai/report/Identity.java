package org.gongkai.report;

/**
 * The two sides of one identity a table must satisfy (domain-spec §3.1, §3.4), as computed from its
 * cells: {@code stated} is what the table prints as the total, {@code computed} what its parts add up
 * to. The same identities decide how the reader splits run-together cells and what the rules report.
 */
public record Identity(long stated, long computed) {
    public boolean holds() {
        return stated == computed;
    }
}
