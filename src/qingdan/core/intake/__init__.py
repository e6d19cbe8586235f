"""Reading what offices send: encodings, spreadsheets (calamine), table files, refused formats."""
