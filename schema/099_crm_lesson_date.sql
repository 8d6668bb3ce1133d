-- The day a lesson is held (issue 17: lesson dates); NULL for lessons recorded without one.
ALTER TABLE crm_course_record ADD COLUMN lesson_date DATE NULL AFTER day_number;
