-- What pages show for a member: the nickname, else the name, else the username. One
-- definition, computed by MariaDB, so every query names it as u.display_name (auth::User's
-- display_name() says the same for the logged-in user).
ALTER TABLE user ADD COLUMN display_name VARCHAR(100)
  AS (COALESCE(NULLIF(nickname, ''), NULLIF(name, ''), username)) VIRTUAL;
