-- The record of actions is append-only: no row is ever changed or removed.
CREATE TRIGGER action_record_no_update BEFORE UPDATE ON action_record
    FOR EACH ROW CALL 'org.gongkai.app.system.AppendOnlyTrigger';
CREATE TRIGGER action_record_no_delete BEFORE DELETE ON action_record
    FOR EACH ROW CALL 'org.gongkai.app.system.AppendOnlyTrigger';
