package id.go.kemensos.replika.audit;

/**
 * The result of recomputing the hash chain: intact, or the first entry where it breaks and how.
 *
 * @param checked how many entries were read
 */
public record ChainCheck(long checked, Long firstBrokenId, Problem problem) {

    public enum Problem {
        /** The entry's content no longer gives its hash: it was changed. */
        HASH_MISMATCH,
        /** The entry does not point to the hash of the entry before it: one was changed or removed. */
        LINK_BROKEN,
        /** An id is missing from the sequence: an entry was removed. */
        GAP,
        /** The chain ends elsewhere than the head records: entries at the end were removed. */
        HEAD_MISMATCH
    }

    public boolean intact() {
        return problem == null;
    }
}
