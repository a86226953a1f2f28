/**
 * What the 2013-11 issue must show: titles from the gazette's contents and one known paragraph each.
 * Paragraphs are found by text, not by p-N: block numbering belongs to the parser and may still move.
 */
export const NOTICES = [
  { id: "mofcom-2013-1", zhTitle: "中华人民共和国商务部公告2013年第1号", enTitle: "Announcement No. 1, 2013 of the Ministry of Commerce", zhText: "等51项国内贸易行业标准已经商务部审核" },
  { id: "mofcom-gacc-2013-2", zhTitle: "中华人民共和国海关总署公告2013年第2号,关于自动进口许可证联网核查系统上线运行的公告", enTitle: "the General Administration of Customs", zhText: "在全国商务主管部门发证机构和各海关运行自动进口许可证联网核查系统" },
  { id: "mofcom-2013-3", zhTitle: "中华人民共和国商务部公告2013年第3号", enTitle: "Announcement No. 3, 2013 of the Ministry of Commerce", zhText: "山东华星进出口有限公司" },
  { id: "miit-2012-64", zhTitle: "中华人民共和国工业和信息化部公告2012年第64号", enTitle: "Ministry of Industry and Information Technology", zhText: "1、三废排放不达标。" },
  { id: "sfda-2013-1", zhTitle: "国家食品药品监督管理局公告2013年第1号", enTitle: "State Food and Drug Administration", zhText: "获准暂缓检测的境外医疗器械暂缓检测情况进行了核查" },
  { id: "gacc-2013-2", zhTitle: "中华人民共和国海关总署公告2013年第2号", enTitle: "Announcement No. 2, 2013 of the General Administration of Customs", zhText: "企业应使用深加工结转管理系统办理跨关区深加工结转业务" },
  { id: "mofcom-ndrc-2012-431", zhTitle: "关于印发《中国国际服务外包产业发展规划纲要(2011—2015)》的通知", enTitle: "Circular of the Ministry of Commerce", zhText: "国际服务外包产业是全球产业分工加快深化之下产生的一种智力密集型现代服务业" },
] as const;
