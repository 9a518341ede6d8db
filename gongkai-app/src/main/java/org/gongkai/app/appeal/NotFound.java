package org.gongkai.app.appeal;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Another agency's (or no) case: answered 404, never with its data and never 403, so ids say nothing. */
class NotFound extends ResponseStatusException {
    NotFound() {
        super(HttpStatus.NOT_FOUND);
    }
}
