package loaders

import (
	"testing"
)

// TestProjectKinds checks that kinds of things (products, catalogue
// entries, generic sites, city roles) are not read as projects, while the
// named projects of similar sentences still are.
func TestProjectKinds(t *testing.T) {
	tests := []struct {
		name     string
		sentence string
		want     []string // names that must be found
		notWant  []string // names that must not be found
	}{
		{"product list closed by 等…产品", "重点发展车载导航系统、智能座舱系统等汽车电子产品。",
			nil, []string{"车载导航系统", "智能座舱系统"}},
		{"technology list closed by 等…技术", "推动嵌入式操作系统、分布式数据库等领域的技术创新。",
			nil, []string{"嵌入式操作系统"}},
		{"list of parts of a built platform", "建设数据交换系统、身份认证系统等政务协同服务平台。",
			[]string{"政务协同服务平台"}, nil},
		{"named systems in a plain list", "建成河道水位监测系统、泵站调度系统。",
			[]string{"河道水位监测系统", "泵站调度系统"}, nil},
		{"industry catalogue segment", "物流领域仓储调度管理系统、冷链追溯系统",
			nil, []string{"仓储调度管理系统", "冷链追溯系统"}},
		{"field before a built system", "能源领域建设能耗在线监测系统",
			[]string{"能耗在线监测系统"}, nil},
		{"heading then text is no catalogue", "教育领域信息化 市教委门户网站已开通、运行。",
			nil, nil},
		{"things of their own before 和", "完善港口单位信息化基础设施和货物申报管理系统。",
			[]string{"货物申报管理系统"}, []string{"港口单位信息化基础设施和货物申报管理系统"}},
		{"shared modifier before 和", "建设社会救助和养老服务信息系统。",
			[]string{"社会救助和养老服务信息系统"}, nil},
		{"base as a goal", "努力成为全国重要的动漫游戏产业基地。",
			nil, []string{"动漫游戏产业基地"}},
		{"base one of a kind", "建设成为国内领先的新能源汽车研发基地之一。",
			nil, []string{"新能源汽车研发基地"}},
		{"kinds of parks", "推动各类物流园区提高信息化水平。",
			nil, []string{"物流园区"}},
		{"kinds of areas in a list", "推进市级工业园区、物流园区等重点区域的网络覆盖。",
			nil, []string{"工业园区", "物流园区", "市级工业园区"}},
		{"a number of bases", "重点建设一批数字出版产业基地。",
			nil, []string{"数字出版产业基地"}},
		{"kind words only", "打造新型显示器件的研发、生产和应用基地。",
			nil, []string{"生产和应用基地", "应用基地"}},
		{"kind words and the own region", "完善国家和本市重要产业基地建设。",
			nil, []string{"国家和本市重要产业基地"}},
		{"named park in a list is kept", "推进张江数字出版园区、漕河泾软件园区建设。",
			[]string{"张江数字出版园区", "漕河泾软件园区"}, nil},
		{"basis of a product", "开发基于下一代广电网络的应用软件。",
			nil, []string{"下一代广电网络"}},
		{"built on a platform", "建设基于政务云平台的不动产登记系统。",
			[]string{"政务云平台", "不动产登记系统"}, nil},
		{"named base is kept", "建设临港国家软件出口基地。",
			[]string{"临港国家软件出口基地"}, nil},
		{"city role", "支撑国际贸易中心建设。",
			nil, []string{"贸易中心", "国际贸易中心", "支撑国际贸易中心"}},
		{"built centre is kept", "建设长江航运数据灾备中心。",
			[]string{"长江航运数据灾备中心"}, nil},
		{"leading verb", "发展云端视频会议系统(VCS)业务。",
			[]string{"云端视频会议系统"}, []string{"发展云端视频会议系统"}},
		{"verb before a quantity", "整合集成若干综合性民生服务热线。",
			[]string{"综合性民生服务热线"}, []string{"集成若干综合性民生服务热线"}},
		{"technology in brackets then 技术", "大力发展片上系统(SoC)技术。",
			nil, []string{"片上系统"}},
		{"standard of a technology", "参与制定新一代卫星通信系统标准。",
			nil, []string{"新一代卫星通信系统"}},
		{"a third party is part of the name", "扶持10个左右第三方物流电子商务平台。",
			[]string{"第三方物流电子商务平台"}, nil},
		{"one-rune generic part inside a word", "探索建立学分银行系统。",
			[]string{"学分银行系统"}, nil},
		{"technologies a built system deals with", "建设无线局域网、物联网等新兴技术安全测评系统。",
			[]string{"新兴技术安全测评系统"}, []string{"无线局域网"}},
		{"a count of a kind", "完成3个水文自动测报站的改造。",
			nil, []string{"水文自动测报站"}},
		{"a count after a verb", "新建5套河道视频监控系统。",
			nil, []string{"河道视频监控系统"}},
		{"a count sums up a list", "建成防汛调度、水资源管理两个水务业务平台。",
			[]string{"水务业务平台"}, nil},
		{"a count of districts", "已有16个区县政务外网完成改造。",
			[]string{"区县政务外网"}, nil},
		{"first of its kind", "建成国内首条城际量子保密通信干线网。",
			[]string{"城际量子保密通信干线网"}, []string{"国内首条城际量子保密通信干线网"}},
		{"first batch", "启动首批智慧社区试点。",
			[]string{"智慧社区试点"}, []string{"首批智慧社区试点"}},
		{"attributes of a kind", "发展低功耗的无线传感网络。",
			nil, []string{"无线传感网络"}},
		{"attributes of a kind, list of them", "建设安全可靠的政务网络。",
			nil, []string{"政务网络"}},
		{"items of a list after attributes", "建成大容量、高带宽、适合多种业务需求的光传送网、城域数据网等设施。",
			nil, []string{"光传送网", "城域数据网"}},
		{"a list after a named owner is kept", "完善区县的人口信息库、法人信息库。",
			[]string{"人口信息库", "法人信息库"}, nil},
		{"a named thing after 的 is kept", "建设全市统一的社区事务受理系统。",
			[]string{"社区事务受理系统"}, nil},
		{"basis of a service", "推进基于广电网络的宽带接入等业务。",
			nil, []string{"广电网络"}},
		{"basis list of a service", "发展基于电信网、有线电视网的各类增值服务。",
			nil, []string{"电信网", "有线电视网"}},
		{"role of what stands", "发挥省信息安全产业基地的示范作用。",
			nil, []string{"省信息安全产业基地"}},
		{"role right after", "提升现有城域传输网络支撑作用。",
			nil, []string{"城域传输网络"}},
		{"the network names the centre", "高标准建设数据中心、广电网络交换中心等设施。",
			[]string{"广电网络交换中心"}, []string{"广电网络"}},
		{"quoted services before a shared kind", "依托“健康云”和“随申办”平台,建设便民服务系统。",
			[]string{"健康云", "随申办", "便民服务系统"}, []string{"健康云和随申办平台"}},
		{"one quoted name with its head", "依托“一网通办”平台开展服务。",
			[]string{"一网通办平台"}, []string{"一网通办"}},
		{"operation as a noun inside a name", "建设港区运行数据监测系统。",
			[]string{"港区运行数据监测系统"}, nil},
		{"operation as a verb after a manner", "保障政务云稳定运行管理平台建设。",
			nil, []string{"政务云稳定运行管理平台"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkMentions(t, tt.sentence, findProjectMentions([]rune(tt.sentence)), tt.want, tt.notWant)
		})
	}
}

// TestIndustryCatalogue checks the segment test on its own.
func TestIndustryCatalogue(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"医疗领域影像归档系统、远程会诊系统", true},
		{"医疗领域建设影像归档系统、远程会诊系统", false},
		{"重点支持医疗领域影像归档系统、远程会诊系统", false},
		{"行业的重点领域,有计划、有步骤地扶持电子商务平台", false},
		{"医疗领域影像归档系统", false},
		// a support list of several entries, each after a field
		{"按照发展趋势,重点支持医疗领域影像归档系统、远程会诊系统;", true},
		{"电网领域计量体系和需求侧管理系统;", true},
		{"数控领域装备专用控制系统;", true},
		{"交通领域智能交通系统投入试运行;", false},
		{"重点支持医疗领域建设影像归档系统;", false},
	}
	for _, tt := range tests {
		if got := industryCatalogue([]rune(tt.s)); got != tt.want {
			t.Errorf("industryCatalogue(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestPairSplit checks where a name joined at a conjunction starts.
func TestPairSplit(t *testing.T) {
	tests := []struct {
		name string
		want string
	}{
		{"培训机构和实习基地", "实习基地"},
		{"信息基础设施和业务管理系统", "业务管理系统"},
		{"社会保障和市民服务信息系统", "社会保障和市民服务信息系统"},
		{"法人信息共享和应用系统", "法人信息共享和应用系统"},
		{"交通管理平台", "交通管理平台"},
		{"街道办事处和社区服务中心", "社区服务中心"},
	}
	for _, tt := range tests {
		rs := []rune(tt.name)
		if got := string(rs[pairSplit(rs):]); got != tt.want {
			t.Errorf("pairSplit(%q) → %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestKindMentions checks that names of classes (sets, kinds of company,
// sectors, cards named by holders, counted kinds, product kinds) are not
// read as projects, and that named things in the same shapes are.
func TestKindMentions(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string // names that must be read
		not      []string // names that must not be read
	}{
		// a set: 各/各类/多个 before the name
		{"汇集各社区服务平台公开的数据,建设人口信息共享平台",
			[]string{"人口信息共享平台"}, []string{"社区服务平台"}},
		{"规范各类行业网站的信息发布", nil, []string{"行业网站"}},
		{"整合多个行业信息平台的资源", nil, []string{"行业信息平台"}},
		// a kind of company: a role noun after the head
		{"扶持一批第三方物流信息平台企业做大做强", nil, []string{"第三方物流信息平台"}},
		{"引进若干大型网络运营商和系统集成商", nil, []string{"大型网络", "网络"}},
		{"建设物流信息平台,服务本地企业", []string{"物流信息平台"}, nil},
		// a sector, not a computer system
		{"全省卫生系统共有基层党组织120个", nil, []string{"全省卫生系统"}},
		{"推进市信息化工作系统作风建设", nil, []string{"市信息化工作系统", "信息化工作系统"}},
		{"建成医疗卫生管理信息系统和社区统计系统", []string{"医疗卫生管理信息系统", "社区统计系统"}, nil},
		// cards named by their holders or acceptors
		{"向退休人员社保卡持有人提供服务", nil, []string{"退休人员社保卡"}},
		{"全年发放小学生交通卡12万张,收银员银行卡受理培训", nil, []string{"小学生交通卡", "收银员银行卡"}},
		{"推进第二代社会保障卡建设", []string{"第二代社会保障卡"}, nil},
		{"发放小学生社保卡(学生卡)12万张", nil, []string{"小学生社保卡", "学生卡"}},
		{"推广市民健康卡(电子健康卡)", []string{"市民健康卡", "电子健康卡"}, nil},
		// a count after the name: things of a kind
		{"全年查处违规游戏网站35家", nil, []string{"违规游戏网站"}},
		{"建成交通监控系统、路况发布系统2个系统", []string{"交通监控系统", "路况发布系统"}, nil},
		{"监管系统用户数达174家", []string{"监管系统"}, nil},
		// a business form, and the parts of a product
		{"支持社交网络平台开放,建设城市社交服务平台", []string{"城市社交服务平台"}, []string{"社交网络平台"}},
		{"鼓励社交网络(SNS)平台创新", nil, []string{"社交网络平台", "社交网络"}},
		{"形成集成定位导航、车内网络远程诊断服务在内的车联网综合解决方案", nil, []string{"车内网络"}},
		{"建成包括政务外网、政务内网在内的电子政务网络体系", []string{"政务外网"}, nil},
		// a kind by its nature
		{"开展公益性网站备案工作", nil, []string{"公益性网站"}},
		// a product kind
		{"提升自主可控操作系统的技术水平", nil, []string{"自主可控操作系统"}},
		// the modifier of a larger thing
		{"优化城域网络基础设施,发展原创网络视听内容", nil, []string{"城域网络", "原创网络"}},
	} {
		got := map[string]bool{}
		for _, m := range findProjectMentions([]rune(c.sentence)) {
			got[m.Name] = true
		}
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("%s: want %s, got %v", c.sentence, w, got)
			}
		}
		for _, w := range c.not {
			if got[w] {
				t.Errorf("%s: %s read as a project", c.sentence, w)
			}
		}
	}
}
