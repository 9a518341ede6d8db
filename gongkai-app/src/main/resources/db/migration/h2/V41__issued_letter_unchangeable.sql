-- An issued letter never changes: no row of issued_letter is ever updated or removed.
CREATE TRIGGER issued_letter_no_update BEFORE UPDATE ON issued_letter
    FOR EACH ROW CALL 'org.gongkai.app.letter.IssuedLetterTrigger';
CREATE TRIGGER issued_letter_no_delete BEFORE DELETE ON issued_letter
    FOR EACH ROW CALL 'org.gongkai.app.letter.IssuedLetterTrigger';
