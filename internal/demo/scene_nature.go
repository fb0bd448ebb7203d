package demo

import "math"

// paintRain paints a stormy evening over a river: clouds, slanting rain,
// rising water and a gauge post with a siren on top.
func paintRain(c *canvas) {
	c.gradient(nightGradient)
	h := float64(c.h)
	for range 5 {
		c.cloud(c.between(60, 1140), c.between(40, 170), c.between(55, 95), cNightFar)
	}
	for range 6 {
		c.cloud(c.between(60, 1140), c.between(10, 110), c.between(40, 70), cFar)
	}
	for range 260 {
		x, y := c.between(-60, 1200), c.between(140, h*0.8)
		c.line(x, y, x+9, y+30, 2, cFar)
	}
	// Riverbank with a house roof on the left.
	c.polygon(cNear, [2]float64{0, h * 0.58}, [2]float64{330, h * 0.66}, [2]float64{380, h}, [2]float64{0, h})
	c.rect(70, int(h*0.5), 230, int(h*0.62), cDark)
	c.polygon(cMid, [2]float64{50, h * 0.5}, [2]float64{150, h * 0.4}, [2]float64{250, h * 0.5})
	water := h * 0.72
	c.ridge(cWater, c.wavy(water, 6, 300))
	c.ridge(cDeep, c.wavy(water+60, 8, 240))
	c.ridge(cWater, c.wavy(water+130, 8, 200))
	// Gauge post: white with red marks, the top third in the warning colour.
	gx := c.between(650, 980)
	top, bottom := h*0.3, h*0.93
	c.rect(int(gx-14), int(top), int(gx+14), int(bottom), cLight)
	c.rect(int(gx-14), int(top), int(gx+14), int(top+(bottom-top)/3), cAccent)
	for y := top + 20; y < bottom; y += 28 {
		c.rect(int(gx+2), int(y), int(gx+14), int(y+5), cDark)
	}
	c.rect(int(gx-26), int(top-30), int(gx+26), int(top), cDark)
	c.disc(gx, top-48, 22, cSun)
	for _, r := range []float64{48, 72, 96} {
		arc(c, gx, top-48, r, 5)
	}
}

// arc paints the two side arcs of a ring, the "sound waves" of a siren.
func arc(c *canvas, cx, cy, r, width float64) {
	c.region(cx, cy, r+width, cSun, func(dx, dy float64) bool {
		d := math.Hypot(dx, dy)
		return math.Abs(d-r) <= width/2 && math.Abs(dy) < math.Abs(dx)*0.7
	})
}

// paintMangrove paints young mangrove trees on stilt roots in the
// shallow water of a coast.
func paintMangrove(c *canvas) {
	c.gradient(dayGradient)
	h := float64(c.h)
	c.sun(c.between(200, 1000), c.between(100, 180), c.between(55, 80))
	c.ridge(cFar, c.wavy(h*0.5, 18, 700))
	water := h * 0.6
	c.rect(0, int(water), c.w, c.h, cWater)
	for range 40 {
		x, y := c.between(0, 1200), c.between(water+10, h-10)
		c.rect(int(x), int(y), int(x+c.between(30, 90)), int(y+3), cLight)
	}
	n := 4 + c.rnd.IntN(3)
	for i := range n {
		x := (float64(i) + 0.5 + c.between(-0.2, 0.2)) * float64(c.w) / float64(n)
		scale := c.between(0.75, 1.15)
		mangroveTree(c, x, water+c.between(30, 90), scale)
	}
	// Seedlings in the foreground.
	for range 7 {
		x, y := c.between(30, 1170), c.between(h-70, h-20)
		c.line(x, y, x, y-40, 4, cDark)
		c.ellipse(x-10, y-42, 12, 5, math.Pi/6, 0, cMid)
		c.ellipse(x+10, y-42, 12, 5, -math.Pi/6, 0, cMid)
	}
}

func mangroveTree(c *canvas, x, base, s float64) {
	knee := base - 70*s
	for _, dx := range []float64{-70, -40, -12, 15, 45, 75} {
		c.line(x, knee, x+dx*s, knee+(30+math.Abs(dx)*0.4)*s, 6*s, cDark)
		c.line(x+dx*s, knee+(30+math.Abs(dx)*0.4)*s, x+dx*s*1.1, base, 6*s, cDark)
	}
	c.line(x, knee, x, base-190*s, 14*s, cDark)
	for _, p := range [][3]float64{{-70, -190, 60}, {0, -230, 75}, {70, -195, 62}, {-35, -250, 55}, {40, -255, 58}} {
		c.disc(x+p[0]*s, base+p[1]*s, p[2]*s, cNear)
	}
	for _, p := range [][3]float64{{-45, -215, 32}, {30, -245, 30}, {60, -205, 26}} {
		c.disc(x+p[0]*s, base+p[1]*s, p[2]*s, cMid)
	}
}

// paintOrbit paints a starry sky with a planet rising from the corner and
// a small satellite on an elliptical orbit.
func paintOrbit(c *canvas) {
	c.gradient(nightGradient)
	for range 160 {
		c.disc(c.between(0, 1200), c.between(0, 675), c.between(1, 2.6), cLight)
	}
	px, py, pr := c.between(850, 1000), c.between(620, 720), 330.0
	c.disc(px, py, pr+18, cNightFar)
	c.disc(px, py, pr, cNear)
	c.disc(px-40, py-40, pr-30, cMid)
	c.ellipse(px-60, py-150, 140, 40, -0.2, 0, cFar)
	angle := -0.25
	c.ellipse(px-150, py-170, 560, 170, angle, 4, cSun)
	// The satellite sits on the orbit's upper left.
	t := c.between(3.4, 3.9)
	sin, cos := math.Sincos(angle)
	ex, ey := 560*math.Cos(t), 170*math.Sin(t)
	sx, sy := px-150+ex*cos-ey*sin, py-170+ex*sin+ey*cos
	c.line(sx-95, sy, sx+95, sy, 3, cLight)
	c.rect(int(sx-95), int(sy-20), int(sx-35), int(sy+20), cAccent)
	c.rect(int(sx+35), int(sy-20), int(sx+95), int(sy+20), cAccent)
	c.rect(int(sx-24), int(sy-28), int(sx+24), int(sy+28), cLight)
	c.disc(sx, sy-40, 8, cSun)
}
