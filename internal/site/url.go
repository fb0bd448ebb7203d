package site

import (
	"context"

	"warta/internal/content"
	"warta/internal/seo"
	"warta/internal/setting"
)

// URL is the absolute public URL of p, for the API and the CLI.
func (s *Site) URL(ctx context.Context, p *content.Post) string {
	st, err := setting.Load(ctx, s.Content.DB())
	if err != nil {
		st = setting.Defaults()
	}
	return seo.Absolute(s.BaseURL, st.URLs(s.Location).Post(p))
}
