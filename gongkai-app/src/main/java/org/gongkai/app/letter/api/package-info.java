/**
 * What the letter module offers other modules: the kinds of letter, what a letter says ({@link
 * org.gongkai.app.letter.api.LetterData}), the {@link org.gongkai.app.letter.api.Letters} service that previews and
 * issues them, the typed id of an issued letter and the module's events.
 */
@org.springframework.modulith.NamedInterface("api")
package org.gongkai.app.letter.api;
