-- An issued letter never changes: no row of issued_letter is ever updated or removed.
CREATE FUNCTION issued_letter_unchangeable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '已出具的文书不能修改或删除';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER issued_letter_no_update_delete
    BEFORE UPDATE OR DELETE ON issued_letter
    FOR EACH ROW EXECUTE FUNCTION issued_letter_unchangeable();
