package org.gongkai.app.system.api;

/**
 * The signed-in sessions of a person, on every node (they live in the database): ended when what the
 * person may do changed, so that the change holds from their next request on.
 */
public interface Sessions {
    /**
     * Ends every open session of {@code username}.
     *
     * @param keepCurrent keep the session of the request being served (a person who changed their own
     *     password stays signed in where they did it)
     * @return how many sessions were ended
     */
    int endAll(String username, boolean keepCurrent);
}
