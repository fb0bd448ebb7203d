package demo

import (
	"bytes"
	"hash/fnv"
	"html"
	"image"
	"image/color"
	"image/png"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
)

// Size of every generated illustration (16:9, large enough for a featured
// image and for social cards).
const (
	imageWidth  = 1200
	imageHeight = 675
)

// gradientSteps is the number of bands in each background gradient. The
// bands are a few pixels tall, too fine to see, and keep the image in a
// small indexed palette so that the PNG stays small.
const gradientSteps = 56

// Palette indices of the two background gradients.
const (
	dayGradient   uint8 = 0
	nightGradient uint8 = gradientSteps
)

// Palette indices of the named colours, after the gradients.
const (
	cSun uint8 = 2*gradientSteps + iota
	cHalo
	cFar
	cMid
	cNear
	cAccent
	cLight
	cDark
	cWater
	cDeep
	cNightFar
)

// scheme is the colour set of one desk; every illustration of a category
// shares it, which gives each section of the site a recognisable look.
type scheme struct {
	top, bottom                 color.RGBA // day sky, top to bottom
	sun, far, mid, near, accent color.RGBA
	light, dark, water, deep    color.RGBA
}

// illustration declares a generated image; pixels are painted only when
// PNG is called. The image name seeds the random details, and category
// selects the colour scheme.
func illustration(name string, m motif, category, alt, caption string) Image {
	return Image{
		Name:    name,
		Alt:     alt,
		Caption: caption,
		PNG:     func() []byte { return renderPNG(name, m, category) },
	}
}

// figureHTML returns the <figure> that shows InlineImages[n] in a body.
func figureHTML(n int, img Image) string {
	return "\n<figure><img src=\"{{img:" + strconv.Itoa(n) + "}}\" alt=\"" + html.EscapeString(img.Alt) +
		"\"><figcaption>" + html.EscapeString(img.Caption) + "</figcaption></figure>\n"
}

func renderPNG(name string, m motif, category string) []byte {
	c := newCanvas(schemeFor(category), seedFor(name))
	m.paint(c)
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.DefaultCompression}
	if err := enc.Encode(&buf, c.img); err != nil {
		return nil
	}
	return buf.Bytes()
}

func seedFor(name string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(name))
	return h.Sum64()
}

// canvas is an indexed image with a few flat-colour primitives. All shapes
// are clipped to the image.
type canvas struct {
	img  *image.Paletted
	rnd  *rand.Rand
	w, h int
}

func newCanvas(s scheme, seed uint64) *canvas {
	pal := make(color.Palette, 0, int(cNightFar)+1)
	for i := range gradientSteps {
		pal = append(pal, mix(s.top, s.bottom, float64(i)/(gradientSteps-1)))
	}
	nightBottom := mix(s.dark, s.deep, 0.75)
	for i := range gradientSteps {
		pal = append(pal, mix(s.dark, nightBottom, float64(i)/(gradientSteps-1)))
	}
	pal = append(pal, s.sun, mix(s.sun, s.bottom, 0.55), s.far, s.mid, s.near,
		s.accent, s.light, s.dark, s.water, s.deep, mix(s.dark, s.far, 0.45))
	r := image.Rect(0, 0, imageWidth, imageHeight)
	return &canvas{
		img: image.NewPaletted(r, pal),
		rnd: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
		w:   imageWidth,
		h:   imageHeight,
	}
}

func mix(a, b color.RGBA, t float64) color.RGBA {
	l := func(x, y uint8) uint8 { return uint8(math.Round(float64(x) + (float64(y)-float64(x))*t)) }
	return color.RGBA{l(a.R, b.R), l(a.G, b.G), l(a.B, b.B), 255}
}

// between returns a random float in [lo, hi).
func (c *canvas) between(lo, hi float64) float64 { return lo + c.rnd.Float64()*(hi-lo) }

// gradient fills the whole canvas with a vertical gradient starting at
// palette index base (dayGradient or nightGradient).
func (c *canvas) gradient(base uint8) {
	for y := range c.h {
		ci := base + uint8(y*gradientSteps/c.h)
		row := c.img.Pix[y*c.img.Stride : y*c.img.Stride+c.w]
		for x := range row {
			row[x] = ci
		}
	}
}

func (c *canvas) rect(x0, y0, x1, y1 int, ci uint8) {
	x0, y0 = max(x0, 0), max(y0, 0)
	x1, y1 = min(x1, c.w), min(y1, c.h)
	for y := y0; y < y1; y++ {
		row := c.img.Pix[y*c.img.Stride:]
		for x := x0; x < x1; x++ {
			row[x] = ci
		}
	}
}

// region calls inside for every pixel of the box around (cx, cy) with the
// given half extent, and paints the pixels for which it returns true.
func (c *canvas) region(cx, cy, ext float64, ci uint8, inside func(dx, dy float64) bool) {
	x0, x1 := int(math.Floor(cx-ext)), int(math.Ceil(cx+ext))
	y0, y1 := int(math.Floor(cy-ext)), int(math.Ceil(cy+ext))
	for y := max(y0, 0); y <= min(y1, c.h-1); y++ {
		for x := max(x0, 0); x <= min(x1, c.w-1); x++ {
			if inside(float64(x)+0.5-cx, float64(y)+0.5-cy) {
				c.img.Pix[y*c.img.Stride+x] = ci
			}
		}
	}
}

func (c *canvas) disc(cx, cy, r float64, ci uint8) {
	c.region(cx, cy, r, ci, func(dx, dy float64) bool { return dx*dx+dy*dy <= r*r })
}

func (c *canvas) ring(cx, cy, r, width float64, ci uint8) {
	in, out := r-width/2, r+width/2
	c.region(cx, cy, out, ci, func(dx, dy float64) bool {
		d := dx*dx + dy*dy
		return d >= in*in && d <= out*out
	})
}

// ellipse fills an ellipse with semi-axes a and b, rotated by angle
// radians. A positive width paints only an outline of about that width.
func (c *canvas) ellipse(cx, cy, a, b, angle, width float64, ci uint8) {
	sin, cos := math.Sincos(angle)
	c.region(cx, cy, max(a, b)+width, ci, func(dx, dy float64) bool {
		u := (dx*cos + dy*sin) / a
		v := (-dx*sin + dy*cos) / b
		d := math.Sqrt(u*u + v*v)
		if width <= 0 {
			return d <= 1
		}
		return math.Abs(d-1)*min(a, b) <= width/2
	})
}

// line paints a segment with round ends.
func (c *canvas) line(x0, y0, x1, y1, width float64, ci uint8) {
	cx, cy := (x0+x1)/2, (y0+y1)/2
	ext := math.Hypot(x1-x0, y1-y0)/2 + width
	vx, vy := x1-x0, y1-y0
	l2 := vx*vx + vy*vy
	r := width / 2
	c.region(cx, cy, ext, ci, func(dx, dy float64) bool {
		px, py := dx+cx-x0, dy+cy-y0
		t := 0.0
		if l2 > 0 {
			t = math.Max(0, math.Min(1, (px*vx+py*vy)/l2))
		}
		ex, ey := px-t*vx, py-t*vy
		return ex*ex+ey*ey <= r*r
	})
}

// polygon fills a simple polygon (even-odd rule) by scanlines.
func (c *canvas) polygon(ci uint8, pts ...[2]float64) {
	minY, maxY := math.Inf(1), math.Inf(-1)
	for _, p := range pts {
		minY, maxY = math.Min(minY, p[1]), math.Max(maxY, p[1])
	}
	var xs []float64
	for y := max(int(minY), 0); y <= min(int(maxY), c.h-1); y++ {
		fy := float64(y) + 0.5
		xs = xs[:0]
		for i := range pts {
			a, b := pts[i], pts[(i+1)%len(pts)]
			if (a[1] <= fy) != (b[1] <= fy) {
				xs = append(xs, a[0]+(fy-a[1])*(b[0]-a[0])/(b[1]-a[1]))
			}
		}
		slices.Sort(xs)
		for i := 0; i+1 < len(xs); i += 2 {
			c.rect(int(math.Round(xs[i])), y, int(math.Round(xs[i+1])), y+1, ci)
		}
	}
}

// ridge fills everything below the curve y = top(x).
func (c *canvas) ridge(ci uint8, top func(x float64) float64) {
	for x := range c.w {
		y0 := int(math.Round(top(float64(x))))
		for y := max(y0, 0); y < c.h; y++ {
			c.img.Pix[y*c.img.Stride+x] = ci
		}
	}
}

// wavy returns a smooth random curve around base with amplitude amp;
// period sets the length of its main undulation in pixels.
func (c *canvas) wavy(base, amp, period float64) func(x float64) float64 {
	f1 := 2 * math.Pi / (period * c.between(0.8, 1.25))
	f2 := f1 * c.between(2.1, 3.3)
	p1, p2 := c.between(0, 2*math.Pi), c.between(0, 2*math.Pi)
	return func(x float64) float64 {
		return base + amp*(0.7*math.Sin(x*f1+p1)+0.3*math.Sin(x*f2+p2))
	}
}

// cloud paints a cluster of overlapping discs with a flat base.
func (c *canvas) cloud(cx, cy, size float64, ci uint8) {
	c.disc(cx-size*0.9, cy+size*0.1, size*0.45, ci)
	c.disc(cx, cy-size*0.15, size*0.7, ci)
	c.disc(cx+size*0.85, cy+size*0.05, size*0.5, ci)
	c.rect(int(cx-size*0.9), int(cy+size*0.1), int(cx+size*0.85), int(cy+size*0.55), ci)
}

// sun paints a sun with a soft halo.
func (c *canvas) sun(cx, cy, r float64) {
	c.disc(cx, cy, r*1.45, cHalo)
	c.disc(cx, cy, r, cSun)
}
