package demo

import "math"

func paintField(c *canvas) {
	c.gradient(dayGradient)
	const standTop, pitchTop = 70, 230
	// The stand: a dark block full of spectators in team colours.
	c.rect(0, standTop, c.w, pitchTop, cDark)
	for y := standTop + 14; y < pitchTop-8; y += 22 {
		for x := 10 + (y/22%2)*11; x < c.w; x += 22 {
			ci := cLight
			switch c.rnd.IntN(4) {
			case 0:
				ci = cAccent
			case 1:
				ci = cSun
			}
			c.disc(float64(x), float64(y), 6, ci)
		}
	}
	for x := 0; x < c.w; x += 100 {
		ci := cMid
		if x/100%2 == 1 {
			ci = cNear
		}
		c.rect(x, pitchTop, x+100, c.h, ci)
	}
	const lw = 5
	l, r, t, b := 50.0, float64(c.w)-50, float64(pitchTop)+35, float64(c.h)-35
	mx, my := (l+r)/2, (t+b)/2
	outline(c, l, t, r, b, lw)
	c.line(mx, t, mx, b, lw, cLight)
	c.ring(mx, my, 85, lw, cLight)
	c.disc(mx, my, 7, cLight)
	boxH := (b - t) * 0.55
	outline(c, l, my-boxH/2, l+150, my+boxH/2, lw)
	outline(c, r-150, my-boxH/2, r, my+boxH/2, lw)
	outline(c, l, my-boxH/4, l+55, my+boxH/4, lw)
	outline(c, r-55, my-boxH/4, r, my+boxH/4, lw)
	// Two teams, seven players each, the home side mostly in the left half.
	for i := range 14 {
		ci, lo, hi := cAccent, l+40, mx+120
		if i%2 == 1 {
			ci, lo, hi = cSun, mx-120, r-40
		}
		px, py := c.between(lo, hi), c.between(t+25, b-25)
		c.disc(px, py, 15, cLight)
		c.disc(px, py, 11, ci)
	}
	bx, by := mx+c.between(-330, 330), my+c.between(-120, 120)
	c.disc(bx, by, 17, cLight)
	c.ring(bx, by, 17, 3, cDark)
	c.disc(bx, by, 6, cDark)
}

// outline paints the border of a rectangle with light lines.
func outline(c *canvas, l, t, r, b, width float64) {
	c.line(l, t, r, t, width, cLight)
	c.line(l, b, r, b, width, cLight)
	c.line(l, t, l, b, width, cLight)
	c.line(r, t, r, b, width, cLight)
}

// paintBatik paints a kawung pattern: four oval petals around a dot, the
// ovals pointing to the corners, repeated on a grid.
func paintBatik(c *canvas) {
	c.gradient(dayGradient)
	const border = 56
	size := 150.0 + float64(c.rnd.IntN(3))*20
	off := c.between(0, size)
	for cy := border - size/2 + math.Mod(off, size/2); cy < float64(c.h-border)+size; cy += size {
		for cx := -off; cx < float64(c.w)+size; cx += size {
			kawung(c, cx, cy, size)
		}
	}
	c.rect(0, 0, c.w, border, cNear)
	c.rect(0, c.h-border, c.w, c.h, cNear)
	for _, y := range []int{border - 12, c.h - border + 8} {
		c.rect(0, y, c.w, y+4, cAccent)
	}
	for x := 30.0; x < float64(c.w); x += 60 {
		c.disc(x, border/2-6, 8, cAccent)
		c.disc(x, float64(c.h)-border/2+6, 8, cAccent)
	}
}

func kawung(c *canvas, cx, cy, size float64) {
	d := size * 0.2
	a, b := size*0.23, size*0.13
	for i, p := range [][2]float64{{-1, -1}, {1, -1}, {1, 1}, {-1, 1}} {
		angle := math.Pi / 4
		if i%2 == 1 {
			angle = -angle
		}
		px, py := cx+p[0]*d, cy+p[1]*d
		c.ellipse(px, py, a, b, angle, 0, cMid)
		c.ellipse(px, py, a*0.62, b*0.45, angle, 0, cSun)
	}
	c.disc(cx, cy, size*0.05, cNear)
	c.disc(cx+size/2, cy+size/2, size*0.04, cFar)
}

// paintCircuit paints circuit-board traces on a dark board, leading to a
// chip in the middle.
func paintCircuit(c *canvas) {
	c.gradient(nightGradient)
	const pitch = 50.0
	cx, cy := float64(c.w)/2+c.between(-200, 200), float64(c.h)/2+c.between(-60, 60)
	c.disc(cx, cy, 190, cNightFar)
	c.disc(cx, cy, 170, nightGradient+gradientSteps/2)
	for range 34 {
		x := math.Round(c.between(0, float64(c.w))/pitch) * pitch
		y := math.Round(c.between(0, float64(c.h))/pitch) * pitch
		ci := cNightFar
		if c.rnd.IntN(3) == 0 {
			ci = cSun
		}
		// An L-shaped trace: horizontal towards the chip, then vertical.
		midX := cx + math.Copysign(c.between(40, 120), x-cx)
		c.line(x, y, midX, y, 4, ci)
		c.line(midX, y, midX, cy+math.Copysign(c.between(0, 60), y-cy), 4, ci)
		c.disc(x, y, 10, ci)
		c.disc(x, y, 4, nightGradient)
	}
	const half = 95.0
	for i := range 7 {
		o := -half + 20 + float64(i)*((2*half-40)/6)
		c.rect(int(cx+o-5), int(cy-half-22), int(cx+o+5), int(cy+half+22), cLight)
		c.rect(int(cx-half-22), int(cy+o-5), int(cx+half+22), int(cy+o+5), cLight)
	}
	c.rect(int(cx-half), int(cy-half), int(cx+half), int(cy+half), cMid)
	c.rect(int(cx-half+22), int(cy-half+22), int(cx+half-22), int(cy+half-22), cNear)
	c.disc(cx-half+14, cy-half+14, 5, cSun)
}
