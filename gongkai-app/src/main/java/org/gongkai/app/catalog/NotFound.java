package org.gongkai.app.catalog;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Another agency's (or no, or not yet public) record: answered 404, never 403, so ids say nothing. */
class NotFound extends ResponseStatusException {
    NotFound() {
        super(HttpStatus.NOT_FOUND);
    }
}
