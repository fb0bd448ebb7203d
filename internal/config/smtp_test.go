package config

import "testing"

func TestSMTP(t *testing.T) {
	t.Parallel()
	env := map[string]string{"WARTA_SMTP_PASSWORD": "rahasia", "WARTA_SMTP_USER": "warta"}
	c, err := parse([]string{"-smtp-addr", "mail.example.org:587", "-smtp-from", "redaksi@example.org"}, env)
	if err != nil {
		t.Fatal(err)
	}
	if c.SMTPAddr != "mail.example.org:587" || c.SMTPFrom != "redaksi@example.org" || c.SMTPUser != "warta" || c.SMTPPassword != "rahasia" {
		t.Errorf("smtp config: %+v", c)
	}
	if c, err := parse(nil, nil); err != nil || c.SMTPAddr != "" {
		t.Errorf("no smtp by default: %+v %v", c, err)
	}
	for _, args := range [][]string{
		{"-smtp-addr", "mail.example.org"},
		{"-smtp-addr", "mail.example.org:25"},
		{"-smtp-addr", "mail.example.org:25", "-smtp-from", "Redaksi <r@example.org>"},
		{"-smtp-password", "x"},
	} {
		if _, err := parse(args, nil); err == nil {
			t.Errorf("%v: accepted", args)
		}
	}
}
