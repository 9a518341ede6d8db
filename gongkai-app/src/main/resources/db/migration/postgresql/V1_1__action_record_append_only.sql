-- The record of actions is append-only: no row is ever changed or removed.
CREATE FUNCTION action_record_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '操作记录只能追加，不能修改或删除';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER action_record_no_update_delete
    BEFORE UPDATE OR DELETE ON action_record
    FOR EACH ROW EXECUTE FUNCTION action_record_append_only();
