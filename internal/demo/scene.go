package demo

import (
	"image/color"
	"math"
	"slices"
)

// motif is the subject of a generated illustration. Each article picks
// the motif that fits its story, and its alt text describes that picture.
type motif int

const (
	motifHills     motif = iota // sun over layered hills, a few clouds
	motifWaves                  // sun on the horizon over a sea with a small boat
	motifChart                  // bar chart with a rising trend line
	motifChartDown              // bar chart with a falling trend line
	motifCity                   // two rows of buildings with lit windows
	motifField                  // football pitch seen from above with a stand
	motifBatik                  // kawung batik pattern between two borders
	motifRain                   // storm clouds, rain and a water gauge with a siren
	motifCircuit                // circuit-board traces around a chip
	motifMangrove               // mangrove trees on stilt roots in shallow water
	motifOrbit                  // night sky, a planet and a small satellite in orbit
)

func (m motif) paint(c *canvas) {
	switch m {
	case motifHills:
		paintHills(c)
	case motifWaves:
		paintWaves(c)
	case motifChart:
		paintChart(c, false)
	case motifChartDown:
		paintChart(c, true)
	case motifCity:
		paintCity(c)
	case motifField:
		paintField(c)
	case motifBatik:
		paintBatik(c)
	case motifRain:
		paintRain(c)
	case motifCircuit:
		paintCircuit(c)
	case motifMangrove:
		paintMangrove(c)
	case motifOrbit:
		paintOrbit(c)
	default:
		c.gradient(dayGradient)
	}
}

func hex(v uint32) color.RGBA {
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 255}
}

// schemeFor returns the colour scheme of a category slug.
func schemeFor(category string) scheme {
	switch category {
	case "nasional":
		return scheme{hex(0xFDF0E6), hex(0xF3C1A8), hex(0xD7263D), hex(0xD98E8E), hex(0xB0413E),
			hex(0x6D1F2A), hex(0xF2A541), hex(0xFFF8F0), hex(0x2B1B22), hex(0x7FA7C9), hex(0x4A6FA5)}
	case "ekonomi":
		return scheme{hex(0xEAF6F3), hex(0xBCE4DA), hex(0xF2B134), hex(0x7FC3B5), hex(0x2E8B84),
			hex(0x1D5C63), hex(0xED6A5A), hex(0xFFFDF7), hex(0x12343B), hex(0x5FA8C9), hex(0x2F6F9F)}
	case "teknologi":
		return scheme{hex(0xE8ECFB), hex(0xBAC4F0), hex(0x35D0D6), hex(0x7B86D6), hex(0x4451A8),
			hex(0x2A2F6B), hex(0xF25F8B), hex(0xF4F7FF), hex(0x11142B), hex(0x4B7BC8), hex(0x2C4A8F)}
	case "olahraga", "sepak-bola":
		return scheme{hex(0xFFF4E0), hex(0xFFD59E), hex(0xFF6B35), hex(0x8CCB7E), hex(0x3E9B4F),
			hex(0x2A7A3B), hex(0x1F5FAD), hex(0xFFFFFF), hex(0x1F2A24), hex(0x4FA3D1), hex(0x2270A6)}
	case "budaya":
		return scheme{hex(0xF8EBD0), hex(0xE6C48F), hex(0xC8553D), hex(0xB07D4B), hex(0x7A4420),
			hex(0x2F3061), hex(0xD9A441), hex(0xFFF7E6), hex(0x2A1A12), hex(0x6E8FB3), hex(0x3E5C84)}
	default: // lingkungan
		return scheme{hex(0xE6F4EA), hex(0xB4DEC4), hex(0xF6C945), hex(0x8DBF8B), hex(0x4C9A6A),
			hex(0x24583F), hex(0xE07A5F), hex(0xFBFFF8), hex(0x17301F), hex(0x5DA9B8), hex(0x2D7283)}
	}
}

func paintHills(c *canvas) {
	c.gradient(dayGradient)
	c.sun(c.between(250, 950), c.between(130, 230), c.between(65, 95))
	for range 2 {
		c.cloud(c.between(100, 1100), c.between(70, 200), c.between(40, 70), cLight)
	}
	h := float64(c.h)
	c.ridge(cFar, c.wavy(h*0.52, 45, 900))
	c.ridge(cMid, c.wavy(h*0.66, 40, 700))
	near := c.wavy(h*0.82, 30, 650)
	c.ridge(cNear, near)
	// A row of small trees along the middle hills.
	for range 9 {
		x := c.between(40, 1160)
		y := near(x) - c.between(20, 60)
		c.rect(int(x-3), int(y), int(x+3), int(y+26), cDark)
		c.polygon(cNear, [2]float64{x - 18, y + 8}, [2]float64{x + 18, y + 8}, [2]float64{x, y - 38})
	}
}

func paintWaves(c *canvas) {
	c.gradient(dayGradient)
	h := float64(c.h)
	horizon := h * c.between(0.5, 0.58)
	sx := c.between(300, 900)
	c.sun(sx, horizon-c.between(10, 60), c.between(70, 100))
	c.cloud(c.between(100, 400), c.between(80, 160), 45, cLight)
	c.cloud(c.between(800, 1100), c.between(60, 140), 35, cLight)
	c.rect(0, int(horizon), c.w, c.h, cWater)
	for i := range 6 {
		y := horizon + 14 + float64(i)*16
		half := 120 - float64(i)*16
		c.rect(int(sx-half), int(y), int(sx+half), int(y+5), cHalo)
	}
	for i := range 4 {
		ci := cDeep
		if i%2 == 1 {
			ci = cWater
		}
		c.ridge(ci, c.wavy(horizon+110+float64(i)*70, 8+float64(i)*3, 260-float64(i)*30))
	}
	// A small outrigger boat with a sail.
	bx, by := c.between(120, 1000), horizon+c.between(40, 70)
	c.polygon(cDark, [2]float64{bx, by}, [2]float64{bx + 130, by}, [2]float64{bx + 105, by + 22}, [2]float64{bx + 22, by + 22})
	c.line(bx+65, by, bx+65, by-110, 5, cDark)
	c.polygon(cAccent, [2]float64{bx + 70, by - 105}, [2]float64{bx + 70, by - 10}, [2]float64{bx + 135, by - 10})
}

// paintChart paints a bar chart whose bars mostly rise, or mostly fall.
// The last bar is highlighted.
func paintChart(c *canvas, falling bool) {
	c.gradient(dayGradient)
	const left, right, base = 110.0, 1090.0, 585.0
	for i := range 5 {
		y := int(base) - (i+1)*90
		c.rect(int(left), y, int(right), y+2, cFar)
	}
	n := 6 + c.rnd.IntN(4)
	levels := make([]float64, n)
	level := c.between(90, 150)
	for i := range levels {
		level = math.Min(430, level+c.between(-25, 70))
		levels[i] = level
	}
	if falling {
		slices.Reverse(levels)
	}
	slot := (right - left) / float64(n)
	var tops [][2]float64
	for i, level := range levels {
		x := left + float64(i)*slot + slot*0.18
		ci := cMid
		if i == n-1 {
			ci = cAccent
		}
		c.rect(int(x), int(base-level), int(x+slot*0.64), int(base), ci)
		tops = append(tops, [2]float64{x + slot*0.32, base - level - 40})
	}
	for i := 1; i < len(tops); i++ {
		c.line(tops[i-1][0], tops[i-1][1], tops[i][0], tops[i][1], 7, cNear)
	}
	for _, p := range tops {
		c.disc(p[0], p[1], 13, cNear)
		c.disc(p[0], p[1], 6, cLight)
	}
	c.rect(int(left)-20, int(base), int(right)+20, int(base)+6, cDark)
}

func paintCity(c *canvas) {
	c.gradient(dayGradient)
	c.sun(c.between(200, 1000), c.between(110, 200), c.between(60, 85))
	ground := c.h - 70
	for x := -20.0; x < float64(c.w); {
		w := c.between(60, 130)
		top := float64(ground) - c.between(170, 340)
		c.rect(int(x), int(top), int(x+w), ground, cFar)
		x += w + c.between(0, 12)
	}
	for x := -10.0; x < float64(c.w); {
		w := c.between(90, 160)
		top := float64(ground) - c.between(90, 250)
		c.rect(int(x), int(top), int(x+w), ground, cMid)
		for wy := top + 22; wy < float64(ground)-30; wy += 34 {
			for wx := x + 16; wx < x+w-26; wx += 30 {
				ci := cLight
				if c.rnd.IntN(5) == 0 {
					ci = cSun
				}
				c.rect(int(wx), int(wy), int(wx+14), int(wy+18), ci)
			}
		}
		x += w + c.between(14, 40)
	}
	c.rect(0, ground, c.w, c.h, cNear)
	c.rect(0, ground+30, c.w, ground+36, cAccent)
}
