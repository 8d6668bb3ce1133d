-- The family-watch back office's staff roles (spec §5): support (watches, circles, commands,
-- audit) and content (stories), beside the roles of 001.
ALTER TABLE user
  MODIFY roles SET('admin', 'sales_manager', 'sales', 'teacher', 'staff', 'support', 'content')
    NOT NULL DEFAULT '';
