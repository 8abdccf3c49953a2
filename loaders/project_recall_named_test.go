package loaders

import (
	"reflect"
	"testing"
)

func TestNamedWorks(t *testing.T) {
	cases := []struct {
		sentence string
		want     []string
	}{
		// 项目 with a long specific modifier and a verb that sets it up
		{"实施城市地下管线数据普查应用示范项目,加强管理", []string{"城市地下管线数据普查应用示范项目"}},
		{"启动研制了具有自主知识产权的28纳米芯片封装工艺项目,年内完成", []string{"28纳米芯片封装工艺项目"}},
		{"面向社会公开征集跨境电子商务平台应用项目", []string{"跨境电子商务平台应用项目"}},
		{"医生电子处方签名应用项目在8家医院推广应用", []string{"医生电子处方签名应用项目"}},
		{"建设可信存证系统和港口调度系统指挥算法升级改造项目,提供服务", []string{"港口调度系统指挥算法升级改造项目"}},
		// common uses of 项目 are not names
		{"实施一批重点项目,加快建设项目审批", nil},
		{"实施各类信息化项目,完善项目管理制度", nil},
		{"推进区域性基础性调研项目", nil},
		{"完成企业资质变更及新开工项目的登记", nil},
		{"签订软件运行维护项目外包合同", nil},
		// campaigns
		{"开展长江流域电子商务进农村专项行动,带动就业", []string{"长江流域电子商务进农村专项行动"}},
		{"组织开展百城千村网上行培训活动", []string{"百城千村网上行培训活动"}},
		{"开展宣传和培训活动,组织自查和检查活动", nil},
		{"举办20次网上调查活动", nil},
		{"制定信息化发展三年行动计划", nil},
		// X建设 as the work a clause pushes on
		{"推进城市部件网格化建设,依托基础网络", []string{"城市部件网格化建设"}},
		{"加快推进数字家庭社区建设。", []string{"数字家庭社区建设"}},
		{"加快推进电子政务建设,推进信息化建设,加强人才队伍建设。", nil},
		{"完善全区应急指挥机房建设,满足需要", []string{"应急指挥机房建设"}},
		{"完善公共文化服务体系建设,提高水平", nil},
		{"推进信息基础设施集约化建设,深化智慧城市建设。", nil},
	}
	for _, c := range cases {
		var got []string
		for _, m := range namedWorks([]rune(c.sentence)) {
			got = append(got, m.Name)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.sentence, got, c.want)
		}
	}
}
