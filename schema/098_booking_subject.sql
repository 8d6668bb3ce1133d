-- What a booking is for (issue 17): shown in the grid, the booker's list and the calendar.
ALTER TABLE booking ADD COLUMN subject VARCHAR(60) NOT NULL DEFAULT '' AFTER user_id;
