package loaders

import (
	"bytes"
	"context"
	"io/fs"
	"reflect"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"

	"github.com/plangraph/plangraph/graph"
	"github.com/plangraph/plangraph/seeds"
)

// seedMeta is what a careful reader finds in the header of each seed.
var seedMeta = []struct {
	file string
	want graph.Document
}{
	{"000_de0261f81dc6c388.txt", graph.Document{
		Title:       "上海市国民经济和社会信息化“十一五”规划",
		NoticeTitle: "上海市人民政府关于印发《上海市国民经济和社会信息化“十一五”规划》的通知",
		Kind:        "plan", Issuer: []string{"上海市人民政府"}, DocNumber: "沪府发〔2007〕23号",
		PublishedAt: "2007-08-02", SignedAt: "2007-07-16", Period: []int{2006, 2010}, Region: "上海市",
	}},
	{"001_2900ec7795e573c3.txt", graph.Document{
		Title: "上海市推进智慧城市建设2011-2013年行动计划", Kind: "action_plan", Issuer: []string{},
		PublishedAt: "2012-01-04", Period: []int{2011, 2013}, Region: "上海市",
	}},
	{"002_18e058b4694cc1a3.txt", graph.Document{
		Title: "2007年上海市国民经济和社会信息化公报", Kind: "bulletin", Issuer: []string{},
		Period: []int{2007, 2007}, Region: "上海市",
	}},
	{"003_5927250410f73846.txt", graph.Document{
		Title: "静安区国民经济和社会信息化“十一五”规划", Kind: "plan", Issuer: []string{"上海市静安区信息化委员会"},
		SignedAt: "2005-11", Period: []int{2006, 2010}, Region: "静安区",
	}},
	{"004_a2981d5e6cf20d5a.txt", graph.Document{
		Title: "长三角区域信息化“十一五”合作规划", Kind: "cooperation_plan", Issuer: []string{"省经信委"},
		PublishedAt: "2006-11-30", Period: []int{2006, 2010}, Region: "长三角",
	}},
}

// metaOf keeps the fields the table compares.
func metaOf(d graph.Document) graph.Document {
	return graph.Document{
		Title: d.Title, NoticeTitle: d.NoticeTitle, Kind: d.Kind, Issuer: d.Issuer, DocNumber: d.DocNumber,
		PublishedAt: d.PublishedAt, SignedAt: d.SignedAt, Period: d.Period, Region: d.Region,
	}
}

func readSeed(t *testing.T, name string) []byte {
	t.Helper()
	_, files := seeds.Documents()
	raw, err := fs.ReadFile(files, name)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func TestSeedMetadata(t *testing.T) {
	p := Default()
	for _, tt := range seedMeta {
		t.Run(tt.file, func(t *testing.T) {
			x, err := p.Extract(context.Background(), tt.file, readSeed(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if got := metaOf(x.Documents[0]); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("metadata\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// TestEncodings checks that a GB18030 copy and a UTF-8 copy with a byte-order
// mark of each seed, made here, give the same metadata and the same graph as
// the UTF-8 file.
func TestEncodings(t *testing.T) {
	p := Default()
	for _, tt := range seedMeta {
		raw := readSeed(t, tt.file)
		gb, err := simplifiedchinese.GB18030.NewEncoder().Bytes(raw)
		if err != nil {
			t.Fatalf("%s: encoding to GB18030: %v", tt.file, err)
		}
		if bytes.Equal(gb, raw) {
			t.Fatalf("%s: the GB18030 copy equals the UTF-8 file", tt.file)
		}
		want, err := p.Extract(context.Background(), tt.file, raw)
		if err != nil {
			t.Fatal(err)
		}
		for enc, data := range map[string][]byte{"GB18030": gb, "UTF-8": append([]byte{0xEF, 0xBB, 0xBF}, raw...)} {
			got, err := p.Extract(context.Background(), tt.file, data)
			if err != nil {
				t.Fatalf("%s as %s: %v", tt.file, enc, err)
			}
			if g := got.Documents[0].Encoding; g != enc {
				t.Errorf("%s: detected %s, want %s", tt.file, g, enc)
			}
			if !reflect.DeepEqual(metaOf(got.Documents[0]), metaOf(want.Documents[0])) {
				t.Errorf("%s as %s: metadata %+v, want %+v", tt.file, enc, metaOf(got.Documents[0]), metaOf(want.Documents[0]))
			}
			if len(got.Nodes) != len(want.Nodes) || len(got.Edges) != len(want.Edges) {
				t.Errorf("%s as %s: %d nodes %d edges, want %d and %d", tt.file, enc, len(got.Nodes), len(got.Edges), len(want.Nodes), len(want.Edges))
			}
		}
	}
}

func TestBadInput(t *testing.T) {
	p := Default()
	tests := []struct {
		name string
		raw  []byte
	}{
		{"empty", nil},
		{"spaces", []byte(" \n\t\n")},
		{"binary", []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d, 0xff, 0xfe}},
		{"random bytes", bytes.Repeat([]byte{0x81, 0x30, 0xfe, 0x39, 0x80}, 50)},
	}
	for _, tt := range tests {
		_, err := p.Extract(context.Background(), "bad/"+tt.name+".txt", tt.raw)
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		if graph.ErrorCode(err) != graph.EINVALID {
			t.Errorf("%s: code %q, want %q (%v)", tt.name, graph.ErrorCode(err), graph.EINVALID, err)
		}
		if !bytes.Contains([]byte(err.Error()), []byte("bad/"+tt.name+".txt")) {
			t.Errorf("%s: the error does not name the file: %v", tt.name, err)
		}
	}
}

// TestHeaderShapes checks metadata on short documents written for the test,
// in header shapes the seeds do not have.
func TestHeaderShapes(t *testing.T) {
	p := Default()
	tests := []struct {
		name, text string
		want       graph.Document
	}{
		{"notice without 《》", "杭州市人民政府办公厅关于印发杭州市“十二五”信息化发展规划的通知\n杭政办〔2011〕12号\n各区、县（市）人民政府：\n现将规划印发给你们。\n杭州市人民政府办公厅\n二〇一一年十月八日\n", graph.Document{
			Title: "杭州市“十二五”信息化发展规划", NoticeTitle: "杭州市人民政府办公厅关于印发杭州市“十二五”信息化发展规划的通知",
			Kind: "plan", Issuer: []string{"杭州市人民政府办公厅"}, DocNumber: "杭政办〔2011〕12号",
			SignedAt: "2011-10-08", Period: []int{2011, 2015}, Region: "杭州市"}},
		{"district inside a city", "杭州市西湖区“十二五”信息化发展规划\n为推进我区信息化建设，制定本规划。\n", graph.Document{
			Title: "杭州市西湖区“十二五”信息化发展规划", Kind: "plan", Issuer: []string{}, Period: []int{2011, 2015}, Region: "西湖区"}},
		{"date alone", "广州市推进智慧城市建设行动计划(2012-2014年)\n二O一二年三月五日\n一、总体要求\n", graph.Document{
			Title: "广州市推进智慧城市建设行动计划(2012-2014年)", Kind: "action_plan", Issuer: []string{}, SignedAt: "2012-03-05",
			Period: []int{2012, 2014}, Region: "广州市"}},
		{"joint signature and parties", "泛珠三角区域信息化合作协议\n甲方：福建省信息产业厅\n乙方（盖章）：江西省信息产业厅\n为加强合作，双方签订本协议。\n福建省信息产业厅  江西省信息产业厅\n2005年6月8日\n", graph.Document{
			Title: "泛珠三角区域信息化合作协议", Kind: "agreement", Issuer: []string{"福建省信息产业厅", "江西省信息产业厅"},
			SignedAt: "2005-06-08", Region: ""}},
	}
	for _, tt := range tests {
		x, err := p.Extract(context.Background(), tt.name+".txt", []byte(tt.text))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		got := metaOf(x.Documents[0])
		if tt.want.Region == "" {
			got.Region = ""
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.name, got, tt.want)
		}
	}
}

func TestBig5(t *testing.T) {
	text := "臺北市資訊化發展計畫\n為推動本市資訊化建設，訂定本計畫。\n"
	raw, err := traditionalchinese.Big5.NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	x, err := Default().Extract(context.Background(), "big5.txt", raw)
	if err != nil {
		t.Fatal(err)
	}
	if d := x.Documents[0]; d.Encoding != EncodingBig5 || d.Title != "台北市资讯化发展计画" && d.Title != "台北市资讯化发展计划" {
		t.Errorf("Big5: %s %q", d.Encoding, d.Title)
	}
}
