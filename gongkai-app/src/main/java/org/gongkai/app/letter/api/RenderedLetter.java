package org.gongkai.app.letter.api;

/** A letter rendered but not issued (a preview): its text as the template gave it, and both files. */
public record RenderedLetter(String headline, String documentNumber, byte[] docx, byte[] pdf) {}
