-- System notices (admin broadcasts in `notice`) count in a member's unread badge until the
-- member opens /my/notifications: the newest notice id they have seen. Notices older than an
-- account never count for it, and existing members start with every notice seen.
ALTER TABLE user ADD COLUMN notice_seen_id BIGINT UNSIGNED NOT NULL DEFAULT 0;
UPDATE user SET notice_seen_id = (SELECT COALESCE(MAX(id), 0) FROM notice);
