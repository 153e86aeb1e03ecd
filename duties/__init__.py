"""What each person has to do and by when: the start page's list, the follow-ups a controller
keeps, and reminders by e-mail. It reads the domain apps; none of them reads it."""
