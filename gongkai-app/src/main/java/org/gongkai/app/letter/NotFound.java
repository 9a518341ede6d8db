package org.gongkai.app.letter;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Another agency's (or no) letter, or no such kind of letter: answered 404, never 403, so ids say nothing. */
class NotFound extends ResponseStatusException {
    NotFound() {
        super(HttpStatus.NOT_FOUND);
    }
}
