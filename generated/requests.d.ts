// Generated from the hongxun-sign catalog by `cargo run --bin generate`. Do not edit.

/** 入库单创建 · Create inbound order. C→H; POST /dtc/logistics/inOrder; signed envelope; request is an object. */

/** One item of InOrder.productList (订单明细). */
export interface InOrderProductListItem {
  /** 客户行号 · customer line number (inferred) */
  customerLineNumber?: string;
  /** 客户产品编码 · customer product code (inferred) */
  customerProductCode?: string;
  /** 客户产品描述 · product description (inferred) */
  customerProductDescription?: string;
  /** 数量 · quantity (inferred) */
  quantity?: number;
  /** 单位重量 · unit weight (inferred) */
  unitWeight?: number;
  /** 单件体积 · volume of one piece (inferred) */
  singlePieceVolume?: number;
  /** 产品数据 · product data (inferred) */
  productData?: string;
  /** 有效期 · validity period (inferred) */
  validPeriod?: string;
  /** 产品批次号 · product batch number (inferred) */
  productBatchNumber?: string;
  /** 特殊库存标识 · special stock flag (inferred) */
  specialInventoryFlag?: string;
  /** 关联单号 · associated order (inferred) */
  associatedOrder?: string;
  /** 关联行项目 · related items (inferred) */
  relatedItems?: string;
  /** 采购订单号 · purchase order number (SAP EBELN) (inferred) */
  ebeln?: string;
  /** 采购订单行号 · purchase order item (SAP EBELP) (inferred) */
  ebelp?: string;
  /** 备注 · remark (inferred) */
  remark?: string;
  /** 车架号 · vehicle identification number (inferred) */
  vinNum?: string;
  [key: string]: unknown;
}
export interface InOrderRequest {
  /** 客户订单号 · customer order number */
  customerNumber: string;
  /** 单据类型 · document type. 附录二 入库订单: 10 采购入库, 20 销退入库, 30 调拨入库, 40 货权转移入库, 50 其它入库, 60 借用入库, 70 换货入库, 80 拒收入库, 110 入库检测 */
  documentType: "10" | "20" | "30" | "40" | "50" | "60" | "70" | "80" | "110";
  /** 供应商编码 · supplier code */
  supplierCode?: string;
  /** 供应商名称 · supplier name */
  supplierName?: string;
  /** 客户库存地编码 · warehouse code */
  inventoryCode: string;
  /** 客户库存地 · warehouse name */
  inventoryName: string;
  /** 客户子库编码 · owner code */
  subbaseCode: string;
  /** 客户子库 · owner name (inferred) */
  subbaseName?: string;
  /** 备注 · remark (inferred) */
  remark?: string;
  /** 订单明细 · order lines (inferred). Probably required */
  productList?: InOrderProductListItem[];
  [key: string]: unknown;
}

/** 出库单创建 · Create outbound order. C→H; POST /dtc/logistics/outOrder; signed envelope; request is an object. */

/** One item of OutOrder.productList (订单明细). The same as InOrderProductListItem. */
export type OutOrderProductListItem = InOrderProductListItem;
export interface OutOrderRequest {
  /** 客户订单号 · customer order number */
  customerNumber: string;
  /** 单据类型 · document type. 附录二 出库订单: 10 采退出库, 20 销售出库, 30 调拨出库, 40 货权转移出库, 50 其它出库, 60 借用出库, 70 换货出库, 80 退回工厂出库 */
  documentType: "10" | "20" | "30" | "40" | "50" | "60" | "70" | "80";
  /** 客户库存地编码 · warehouse code */
  inventoryCode: string;
  /** 客户库存地 · warehouse name */
  inventoryName: string;
  /** 客户子库编码 · owner code */
  subbaseCode: string;
  /** 客户子库 · owner name */
  subbaseName: string;
  /** 客户编码 · customer code */
  customerCode?: string;
  /** 备注 · remark (inferred) */
  remark?: string;
  /** 订单明细 · order lines (inferred). Probably required */
  productList?: OutOrderProductListItem[];
  [key: string]: unknown;
}

/** 物权单创建 · Create ownership transfer order. C→H; POST /dtc/logistics/innerOrder; signed envelope; request is an object. */

/** One item of InnerOrder.productList (订单明细). The same as InOrderProductListItem. */
export type InnerOrderProductListItem = InOrderProductListItem;
export interface InnerOrderRequest {
  /** 客户订单号 · customer order number */
  customerNumber: string;
  /** 单据类型 · document type. 附录二 库内作业: 20 物权转换 */
  documentType: "20";
  /** 供应商编码 · supplier code */
  supplierCode?: string;
  /** 供应商名称 · supplier name */
  supplierName?: string;
  /** 客户库存地编码 · warehouse code */
  inventoryCode: string;
  /** 客户库存地 · warehouse name */
  inventoryName: string;
  /** 客户子库编码 · owner code */
  subbaseCode: string;
  /** 客户子库 · owner name (inferred) */
  subbaseName?: string;
  /** 目标仓库编码 · target warehouse code (inferred) */
  targetInventoryCode?: string;
  /** 目标货主编码 · target owner code (inferred) */
  targetSubbaseCode?: string;
  /** 备注 · remark (inferred) */
  remark?: string;
  /** 订单明细 · order lines (inferred). Probably required */
  productList?: InnerOrderProductListItem[];
  [key: string]: unknown;
}

/** 运输单创建 · Create transport order. C→H; POST /dtc/logistics/tmsOrder; signed envelope; request is an object. */

/** One item of TmsOrder.productList (订单明细). The same as InOrderProductListItem. */
export type TmsOrderProductListItem = InOrderProductListItem;
export interface TmsOrderRequest {
  /** 客户订单号 · customer order number */
  customerNumber: string;
  /** 单据类型 · document type. 附录二 运输订单: 10 正常运输, 20 逆向运输 */
  documentType: "10" | "20";
  /** 客户库存地编码 · warehouse code */
  inventoryCode: string;
  /** 客户库存地 · warehouse name */
  inventoryName: string;
  /** 客户子库编码 · owner code */
  subbaseCode: string;
  /** 客户子库 · owner name */
  subbaseName: string;
  /** 客户编码 · customer code */
  customerCode: string;
  /** 预计到货时间 · planned delivery time (inferred). Beijing time yyyy-MM-dd HH:mm:ss */
  plannedDeliveryDate?: string;
  /** 备注 · remark (inferred) */
  remark?: string;
  /** 订单明细 · order lines (inferred). Probably required */
  productList?: TmsOrderProductListItem[];
  [key: string]: unknown;
}

/** 订单取消 · Cancel order. C→H; POST /dtc/logistics/orderCancel; signed envelope; request is an object. */

/** One item of OrderCancel.item (取消明细). */
export interface OrderCancelItemItem {
  /** 客户行号 · customer line number (inferred) */
  customerLineNumber?: string;
  /** 客户产品编码 · customer product code (inferred) */
  customerProductCode?: string;
  /** 数量 · quantity (inferred) */
  quantity?: number;
  [key: string]: unknown;
}
export interface OrderCancelRequest {
  /** 客户订单号 · customer order number */
  customerNumber: string;
  /** 取消批次 · cancel batch */
  cancelBatch?: string;
  /** 取消类型 · cancel type. 取消类型: 10 整单取消, 20 部分取消 */
  cancelType?: "10" | "20";
  /** 取消原因 · reason */
  reason: string;
  /** 取消明细 · cancelled lines */
  item?: OrderCancelItemItem[];
  [key: string]: unknown;
}

/** 入库单确认 · Inbound order confirmation. H→C; POST to the customer's URL; signed envelope; request is an object. */

/** One item of InOrderConfirm.productList (订单明细). The same as InOrderProductListItem. */
export type InOrderConfirmProductListItem = InOrderProductListItem;
export interface InOrderConfirmRequest {
  /** 客户订单号 · customer order number (inferred). Probably required */
  customerNumber?: string;
  /** 仓库单号 · warehouse order number (inferred) */
  downstreamOrderCode?: string;
  /** 单据类型 · document type (inferred). 附录二 入库订单: 10 采购入库, 20 销退入库, 30 调拨入库, 40 货权转移入库, 50 其它入库, 60 借用入库, 70 换货入库, 80 拒收入库, 110 入库检测 */
  documentType?: "10" | "20" | "30" | "40" | "50" | "60" | "70" | "80" | "110" | (string & {});
  /** 客户库存地编码 · warehouse code (inferred) */
  inventoryCode?: string;
  /** 客户子库编码 · owner code (inferred) */
  subbaseCode?: string;
  /** 入库时间 · time received (inferred). Beijing time yyyy-MM-dd HH:mm:ss */
  inboundTime?: string;
  /** 订单明细 · order lines (inferred). Probably required */
  productList?: InOrderConfirmProductListItem[];
  [key: string]: unknown;
}

/** 入库单状态确认(分批回传) · Inbound order status confirmation (batched). H→C; POST to the customer's URL; signed envelope; request is an object. */
export interface InOrderStatusConfirmRequest {
  /** 客户订单号 · customer order number */
  customerNumber: string;
  /** 单据状态 · order status. 单据状态: FULFILLED 完成 */
  orderStatus: "FULFILLED" | (string & {});
  /** 订单总数量 · total order quantity */
  totalQuantity: number;
  /** 实际数量 · actual quantity */
  actualQuantity: number;
  [key: string]: unknown;
}

/** 出库单确认 · Outbound order confirmation. H→C; POST to the customer's URL; signed envelope; request is an object. */

/** One item of OutOrderConfirm.productList (订单明细). The same as InOrderProductListItem. */
export type OutOrderConfirmProductListItem = InOrderProductListItem;
export interface OutOrderConfirmRequest {
  /** 客户订单号 · customer order number (inferred). Probably required */
  customerNumber?: string;
  /** 仓库单号 · warehouse order number (inferred) */
  downstreamOrderCode?: string;
  /** 单据类型 · document type (inferred). 附录二 出库订单: 10 采退出库, 20 销售出库, 30 调拨出库, 40 货权转移出库, 50 其它出库, 60 借用出库, 70 换货出库, 80 退回工厂出库 */
  documentType?: "10" | "20" | "30" | "40" | "50" | "60" | "70" | "80" | (string & {});
  /** 客户库存地编码 · warehouse code (inferred) */
  inventoryCode?: string;
  /** 客户子库编码 · owner code (inferred) */
  subbaseCode?: string;
  /** 鸿讯运输单号 · Hongxun transport number (inferred) */
  expressCode?: string;
  /** 承运商单号 · carrier waybill number (inferred) */
  mailno?: string;
  /** 发货时间 · time shipped (inferred). Beijing time yyyy-MM-dd HH:mm:ss */
  deliveryTime?: string;
  /** 订单明细 · order lines (inferred). Probably required */
  productList?: OutOrderConfirmProductListItem[];
  [key: string]: unknown;
}

/** 出库单状态确认(分批回传) · Outbound order status confirmation (batched). H→C; POST to the customer's URL; signed envelope; request is an object. */
export interface OutOrderStatusConfirmRequest {
  /** 客户订单号 · customer order number */
  customerNumber: string;
  /** 单据状态 · order status. 单据状态: FULFILLED 完成 */
  orderStatus: "FULFILLED" | (string & {});
  /** 订单总数量 · total order quantity */
  totalQuantity: number;
  /** 实际数量 · actual quantity */
  actualQuantity: number;
  [key: string]: unknown;
}

/** 物权单确认 · Ownership transfer order confirmation. H→C; POST to the customer's URL; signed envelope; request is an object. */

/** One item of InnerOrderConfirm.productList (订单明细). The same as InOrderProductListItem. */
export type InnerOrderConfirmProductListItem = InOrderProductListItem;
export interface InnerOrderConfirmRequest {
  /** 客户订单号 · customer order number */
  customerNumber: string;
  /** 批次号 · callback batch id */
  callbackBatchId: string;
  /** 仓库单号 · warehouse order number */
  downstreamOrderCode?: string;
  /** 单据类型 · document type. 附录二 库内作业: 20 物权转换 */
  documentType: "20";
  /** 客户库存地编码 · warehouse code */
  inventoryCode: string;
  /** 客户子库编码 · owner code */
  subbaseCode: string;
  /** 目标仓库编码 · target warehouse code */
  targetInventoryCode: string;
  /** 目标货主编码 · target owner code (inferred). Probably required */
  targetSubbaseCode?: string;
  /** 订单明细 · order lines (inferred). Probably required */
  productList?: InnerOrderConfirmProductListItem[];
  [key: string]: unknown;
}

/** LPN接口 · LPN (licence plate numbers). C→H; POST /dtc/esboms/overseasLpn; signed envelope; request is an object. */

/** One item of OverseasLpn.lpnList (LPN明细). */
export interface OverseasLpnLpnListItem {
  /** LPN号 · licence plate number (inferred) */
  lpnNo?: string;
  /** 客户产品编码 · customer product code (inferred) */
  customerProductCode?: string;
  /** 数量 · quantity (inferred) */
  quantity?: number;
  [key: string]: unknown;
}
export interface OverseasLpnRequest {
  /** 传输批次号 · transfer batch id */
  batchId: string;
  /** 采购订单号 · purchase order number */
  sourceNum: string;
  /** LPN明细 · LPN lines */
  lpnList: OverseasLpnLpnListItem[];
  [key: string]: unknown;
}

/** 库存查询 · Stock query. C→H; POST /dtc/esboms/stockQuery; signed envelope; request is an object. */

/** One item of StockQuery.productCodeList (客户产品编号集合). */
export interface StockQueryProductCodeListItem {
  /** 客户产品编码 · customer product code (inferred) */
  customerProductCode?: string;
  [key: string]: unknown;
}
export interface StockQueryRequest {
  /** 客户库存地编码 · warehouse code */
  inventoryCode: string;
  /** 客户子库编码 · owner code */
  subbaseCode: string;
  /** 客户产品编号集合 · customer product codes */
  productCodeList: StockQueryProductCodeListItem[];
  /** 每页条数 · page size */
  pageSize: number;
  /** 页码 · page number */
  pageNum: number;
  [key: string]: unknown;
}

/** 路由推送 · Route push. H→C (inferred); POST to the customer's URL; signed envelope; request is an object. */
export interface RoutePushRequest {
  /** 客户订单号 · customer order number (inferred). Probably required */
  customerNumber?: string;
  /** 承运商单号 · carrier waybill number (inferred) */
  mailno?: string;
  /** 路由节点类型 · route node type (inferred). 附录三 路由节点类型: 001 签收, 100 到达, 80 汽运-启运, 81 汽运-在途, 82 汽运-派送, 83 空运-航班信息, 84 空运-起飞时间, 85 空运-降落时间, 86 空运-提货时间, 87 空运-派送时间, 101 入站, 102 分配派送员, 103 妥投, 104 滞留, 105 拒收, 89 到达目的城市, 90 空运-入目的库, 91 空运-出目的库, 92 汽运-中转库入库, 93 汽运-中转库出库, 94 汽运-入目的库, 95 汽运-出目的库, 96 汽运-装车, 97 汽运-发运, 98 汽运-中转装车, 99 汽运-中转发运, 002 签收异常 */
  scanTypeCode?: "001" | "100" | "80" | "81" | "82" | "83" | "84" | "85" | "86" | "87" | "101" | "102" | "103" | "104" | "105" | "89" | "90" | "91" | "92" | "93" | "94" | "95" | "96" | "97" | "98" | "99" | "002" | (string & {});
  /** 操作人 · operator (inferred) */
  operator?: string;
  /** 操作时间 · time of the scan (inferred). Beijing time yyyy-MM-dd HH:mm:ss */
  time?: string;
  /** 路由地点 · place of the scan (inferred) */
  transferAddress?: string;
  /** 路由描述 · route note (inferred) */
  memo?: string;
  [key: string]: unknown;
}

/** 签收信息推送 · Proof of delivery push. H→C (inferred); POST to the customer's URL; signed envelope; request is an object. */

/** One item of SignInfoPush.productList (签收明细). */
export interface SignInfoPushProductListItem {
  /** 客户行号 · customer line number */
  customerLineNumber?: string;
  /** 客户产品编码 · customer product code */
  customerProductCode?: string;
  /** 客户产品描述 · product description */
  customerProductDescription?: string;
  /** 数量 · quantity */
  quantity?: number;
  /** 单位重量 · unit weight */
  unitWeight?: number;
  /** 单件体积 · volume of one piece */
  singlePieceVolume?: number;
  /** 产品数据 · product data */
  productData?: string;
  /** 有效期 · validity period */
  validPeriod?: string;
  /** 产品批次号 · product batch number */
  productBatchNumber?: string;
  /** 特殊库存标识 · special stock flag */
  specialInventoryFlag?: string;
  /** 关联单号 · associated order */
  associatedOrder?: string;
  /** 关联行项目 · related items */
  relatedItems?: string;
  /** 采购订单号 · purchase order number (SAP EBELN) */
  ebeln?: string;
  /** 采购订单行号 · purchase order item (SAP EBELP) */
  ebelp?: string;
  /** 备注 · remark */
  remark?: string;
  /** 车架号 · vehicle identification number */
  vinNum?: string;
  [key: string]: unknown;
}
export interface SignInfoPushRequest {
  /** 客户订单号 · customer order number */
  customerNumber: string;
  /** 签收类型 · sign type. 签收类型: 10 正常签收, 20 异常签收 */
  signType: "10" | "20";
  /** 鸿讯运输单号 · Hongxun transport number */
  expressCode?: string;
  /** 运单号/指令号 · waybill or instruction number */
  waybillNumber?: string;
  /** 承运商单号 · carrier waybill number */
  mailno?: string;
  /** 签收数量 · quantity signed for */
  actualQuantity: number;
  /** 签收人 · signed by */
  signer: string;
  /** 签收时间 · time signed. Beijing time yyyy-MM-dd HH:mm:ss */
  signedTime: string;
  /** 备注 · remark */
  remark?: string;
  /** 扩展字段 · extension field */
  ext8?: string;
  /** 签收明细 · signed lines */
  productList: SignInfoPushProductListItem[];
  [key: string]: unknown;
}

/** 入库单结果查询 · Inbound order result query. C→H; POST /dtc/esboms/inOrderResultQuery (inferred); signed envelope; request is an object. */
export interface InOrderResultQueryRequest {
  /** 客户订单号 · customer order number (inferred). Probably required */
  customerNumber?: string;
  /** 客户库存地编码 · warehouse code (inferred) */
  inventoryCode?: string;
  /** 客户子库编码 · owner code (inferred) */
  subbaseCode?: string;
  [key: string]: unknown;
}

/** 出库单结果查询 · Outbound order result query. C→H; POST /dtc/esboms/outOrderResultQuery; signed envelope; request is an object. */
export interface OutOrderResultQueryRequest {
  /** 客户订单号 · customer order number */
  customerNumber: string;
  /** 客户库存地编码 · warehouse code */
  inventoryCode?: string;
  /** 客户子库编码 · owner code */
  subbaseCode?: string;
  [key: string]: unknown;
}

/** 路由查询 · Route query. C→H; POST /dtc/esboms/routeQuery; signed envelope; request is an object. */
export interface RouteQueryRequest {
  /** 客户订单号 · customer order number */
  customerNumber: string;
  /** 承运商单号 · carrier waybill number */
  mailno?: string;
  [key: string]: unknown;
}

/** 签收图片推送 · Proof of delivery image push. H→C (inferred); POST to the customer's URL; signed envelope; request is an array of objects. */
export type SignImagePushRequest = SignImagePushItem[];

/** One item of SignImagePushItem.signList (签收图片列表). */
export interface SignImagePushItemSignListItem {
  /** 图片名称 · image file name (inferred) */
  imageName?: string;
  /** 图片链接 · image URL (inferred) */
  imageUrl?: string;
  /** 签收时间 · time signed (inferred). Beijing time yyyy-MM-dd HH:mm:ss */
  signedTime?: string;
  [key: string]: unknown;
}

/** One item of SignImagePushRequest. */
export interface SignImagePushItem {
  /** 客户标识 · customer identifier */
  customerFlag: string;
  /** 客户订单号 · customer order number */
  customerOrderCode: string;
  /** 签收图片列表 · proof of delivery images */
  signList: SignImagePushItemSignListItem[];
  [key: string]: unknown;
}

/** 车库存查询 · Vehicle stock query. C→H; POST /dtc/logistics/vinStockQuery; signed envelope; request is an object. */

/** VinStockQuery.mode (查询条件). */
export interface VinStockQueryMode {
  /** 货主编码 · owner id (inferred) */
  ownerId?: string;
  /** 仓库编码 · warehouse code (inferred) */
  whCode?: string;
  /** 产品编码 · product code (inferred) */
  skuProdCode?: string;
  [key: string]: unknown;
}
export interface VinStockQueryRequest {
  /** 查询条件 · query conditions */
  mode: VinStockQueryMode;
  /** 页码 · page number */
  pageNum: number;
  /** 每页条数 · page size */
  pageSize: number;
  [key: string]: unknown;
}

/** 验车确认 · Vehicle inspection confirmation. H→C; POST to the customer's URL; signed envelope; request is an object. */

/** One item of VinCheckConfirmDataListItem.checkItemList (检查项目). */
export interface VinCheckConfirmDataListItemCheckItemListItem {
  /** 检查类别编号 · check category id (inferred) */
  categoryId?: string;
  /** 检查类别名称 · check category name (inferred) */
  categoryName?: string;
  /** 验车结果 · inspection result (inferred) */
  checkResult?: string;
  [key: string]: unknown;
}

/** One item of VinCheckConfirm.dataList (验车数据). */
export interface VinCheckConfirmDataListItem {
  /** 车架号 · vehicle identification number (inferred) */
  vinCode?: string;
  /** 验车结果 · inspection result (inferred) */
  checkResult?: string;
  /** 验车时间 · time inspected (inferred). Beijing time yyyy-MM-dd HH:mm:ss */
  checkTime?: string;
  /** 检查项目 · check items */
  checkItemList?: VinCheckConfirmDataListItemCheckItemListItem[];
  [key: string]: unknown;
}
export interface VinCheckConfirmRequest {
  /** 客户单号 · customer batch number */
  batchCode: string;
  /** 验车数据 · inspections */
  dataList: VinCheckConfirmDataListItem[];
  [key: string]: unknown;
}

/** 运输单确认 · Transport order confirmation. H→C (inferred); POST to the customer's URL; signed envelope; request is an object. */
export interface TmsOrderConfirmRequest {
  /** 客户订单号 · customer order number (inferred). Probably required */
  customerNumber?: string;
  /** 鸿讯运输单号 · Hongxun transport number (inferred) */
  expressCode?: string;
  /** 承运商单号 · carrier waybill number (inferred) */
  mailno?: string;
  /** 承运商名称 · carrier name (inferred) */
  carrierName?: string;
  /** 预计到货时间 · planned delivery time (inferred). Beijing time yyyy-MM-dd HH:mm:ss */
  plannedDeliveryDate?: string;
  [key: string]: unknown;
}

/** 取消结果 · Cancellation result. H→C; POST to the customer's URL; signed envelope; request is an object. */

/** CancelResult.orderBasicInfo (订单基本信息). */
export interface CancelResultOrderBasicInfo {
  /** 单据类型 · document type (inferred) */
  documentType?: string;
  /** 单据状态 · order status (inferred) */
  orderStatus?: string;
  /** 客户订单号 · customer order number (inferred) */
  customerNumber?: string;
  [key: string]: unknown;
}

/** One item of CancelResult.orderProductList (订单产品明细). The same as OrderCancelItemItem. */
export type CancelResultOrderProductListItem = OrderCancelItemItem;

/** CancelResult.originalDocument (原始单据). */
export interface CancelResultOriginalDocument {
  /** 客户订单号 · customer order number (inferred) */
  customerNumber?: string;
  /** 单据类型 · document type (inferred) */
  documentType?: string;
  [key: string]: unknown;
}
export interface CancelResultRequest {
  /** 订单基本信息 · order header */
  orderBasicInfo: CancelResultOrderBasicInfo;
  /** 订单产品明细 · order lines */
  orderProductList: CancelResultOrderProductListItem[];
  /** 原始单据 · original document */
  originalDocument: CancelResultOriginalDocument;
  [key: string]: unknown;
}

/** 串码下发 · Serial number issue. C→H; path not published (sandbox: /dtc/sandbox/serialNumberIssue); signed envelope; request is an object. */

/** One item of SerialNumberIssue.productList (串码明细). */
export interface SerialNumberIssueProductListItem {
  /** 客户行号 · customer line number (inferred) */
  customerLineNumber?: string;
  /** 客户产品编码 · customer product code (inferred) */
  customerProductCode?: string;
  /** 串码 · serial number (inferred) */
  serialNumber?: string;
  [key: string]: unknown;
}
export interface SerialNumberIssueRequest {
  /** 客户订单号 · customer order number */
  customerOrderCode: string;
  /** 海康调拨数据类型 · Hikvision transfer data type */
  hkTransferDataType?: string;
  /** 客户参考单号 · customer reference number */
  customerReferenceNumber?: string;
  /** 传输总数量 · total count */
  totalCount: number;
  /** 当前传递数量 · count in this batch */
  currentCount: number;
  /** 剩余未传串码数 · count still to send */
  surPlusCount: number;
  /** 串码明细 · serial numbers */
  productList: SerialNumberIssueProductListItem[];
  [key: string]: unknown;
}

/** 产品同步 · Product sync. C→H; POST /dtc/logistics/productCreate; signed envelope; request is an object. */
export interface ProductSyncRequest {
  /** 客户产品编码 · customer product code */
  customerProductCode: string;
  /** 产品名称 · product name */
  customerDescription: string;
  /** 英文描述 · English description */
  englishDesc?: string;
  /** 条形码 · barcode */
  barCode?: string;
  /** 价格 · price */
  price?: number;
  /** 产品大类 · product category */
  productBigType?: string;
  /** 品牌 · brand */
  brand: string;
  /** 型号 · model */
  modelName: string;
  /** 颜色 · colour */
  color: string;
  /** 是否赠品 · gift. 是否赠品: 10 是, 20 否 */
  gift?: "10" | "20";
  /** 单位 · unit */
  unit?: string;
  /** 长（cm） · length (cm) */
  longs?: number;
  /** 宽（cm） · width (cm) (inferred) */
  widths?: number;
  /** 高（cm） · height (cm) (inferred) */
  heights?: number;
  /** 净重（g） · net weight (g) (inferred) */
  weight?: number;
  /** 体积 · volume (inferred) */
  volume?: number;
  [key: string]: unknown;
}

/** 库存组织同步 · Inventory organisation sync. C→H; path not published (sandbox: /dtc/sandbox/inventoryOrgSync); signed envelope; request is an object. */
export interface InventoryOrgSyncRequest {
  /** 客户库存地编码 · warehouse code */
  inventoryCode: string;
  /** 客户库存地 · warehouse name */
  inventoryName: string;
  /** 客户子库编码 · owner code */
  subbaseCode: string;
  /** 客户子库 · owner name */
  subbaseName: string;
  /** 联系人 · contact person */
  contact: string;
  /** 联系电话 · phone */
  phone: string;
  /** 创建人 · created by */
  createUserName?: string;
  /** 国家 · country */
  countryName?: string;
  /** 省 · province */
  provinceName?: string;
  /** 市 · city */
  cityName?: string;
  /** 区/县 · district */
  areaName?: string;
  /** 街道 · street */
  streetName?: string;
  /** 详细地址 · street address (inferred) */
  addressDetail?: string;
  [key: string]: unknown;
}

/** 收货用户同步 · Consignee sync. C→H; path not published (sandbox: /dtc/sandbox/consigneeSync); signed envelope; request is an object. */
export interface ConsigneeSyncRequest {
  /** 客户编号 · consignee code */
  code: string;
  /** 统一社会信用代码 · unified social credit code */
  socialCreditCode?: string;
  /** 客户全称 · full name */
  fullName: string;
  /** 客户简称 · short name */
  shortName?: string;
  /** 联系人 · contact person */
  contact: string;
  /** 手机号 · mobile phone */
  mobile: string;
  /** 国家 · country */
  countyName: string;
  /** 省 · province */
  provinceName: string;
  /** 市 · city */
  cityName: string;
  /** 区/县 · district */
  areaName: string;
  /** 街道 · street */
  streetName: string;
  /** 详细地址 · street address */
  addressDetail: string;
  [key: string]: unknown;
}

/** 产品体积重量同步 · Product volume and weight sync. C→H; path not published (sandbox: /dtc/sandbox/productVolumeWeightSync); signed envelope; request is an object. */

/** One item of ProductVolumeWeightSync.productList (产品列表). */
export interface ProductVolumeWeightSyncProductListItem {
  /** 客户产品编码 · customer product code */
  customerProductCode?: string;
  /** 毛重 · gross weight */
  roughWeight?: number;
  /** 体积 · volume */
  vol?: number;
  [key: string]: unknown;
}
export interface ProductVolumeWeightSyncRequest {
  /** 产品列表 · products */
  productList: ProductVolumeWeightSyncProductListItem[];
  [key: string]: unknown;
}

/** 承运商路由推送 · Carrier route push. Carrier→H; POST /dtc/tms/carrierRoutingPush; signed envelope; request is an array of objects. */
export type CarrierRoutingPushRequest = CarrierRoutingPushItem[];

/** One item of CarrierRoutingPushRequest. */
export interface CarrierRoutingPushItem {
  /** 承运商单号 · carrier waybill number */
  mailno: string;
  /** 路由节点类型 · route node type. 附录三 路由节点类型: 001 签收, 100 到达, 80 汽运-启运, 81 汽运-在途, 82 汽运-派送, 83 空运-航班信息, 84 空运-起飞时间, 85 空运-降落时间, 86 空运-提货时间, 87 空运-派送时间, 101 入站, 102 分配派送员, 103 妥投, 104 滞留, 105 拒收, 89 到达目的城市, 90 空运-入目的库, 91 空运-出目的库, 92 汽运-中转库入库, 93 汽运-中转库出库, 94 汽运-入目的库, 95 汽运-出目的库, 96 汽运-装车, 97 汽运-发运, 98 汽运-中转装车, 99 汽运-中转发运, 002 签收异常 */
  scanTypeCode: "001" | "100" | "80" | "81" | "82" | "83" | "84" | "85" | "86" | "87" | "101" | "102" | "103" | "104" | "105" | "89" | "90" | "91" | "92" | "93" | "94" | "95" | "96" | "97" | "98" | "99" | "002";
  /** 操作人 · operator */
  operator: string;
  /** 操作时间 · time of the scan. Beijing time yyyy-MM-dd HH:mm:ss */
  time: string;
  /** 预计到货时间 · planned delivery time. Beijing time yyyy-MM-dd HH:mm:ss */
  plannedDeliveryDate: string;
  /** 路由地点 · place of the scan */
  transferAddress: string;
  /** 路由描述 · route note */
  memo: string;
  /** 车架号 · vehicle identification number */
  vinCode?: string;
  /** 经度 · longitude */
  longitude?: string;
  /** 纬度 · latitude */
  dimension?: string;
  [key: string]: unknown;
}

/** 承运商签收图片推送 · Carrier proof of delivery image push. Carrier→H; POST /dtc/tms/carrierSignImagePush; signed envelope; request is an object. */

/** One item of CarrierSignImagePush.imageInfos (图片信息). */
export interface CarrierSignImagePushImageInfosItem {
  /** 图片名称 · image file name (inferred) */
  imageName?: string;
  /** 图片链接 · image URL (inferred) */
  imageUrl?: string;
  /** 图片Base64内容 · image as Base64 (inferred) */
  imageBase64?: string;
  [key: string]: unknown;
}
export interface CarrierSignImagePushRequest {
  /** 承运商单号 · carrier waybill number */
  mailno: string;
  /** 图片类型 · image type. 图片类型: imageBase64 图片Base64内容, imageUrl 图片链接 */
  imageType: "imageBase64" | "imageUrl";
  /** 图片信息 · images */
  imageInfos: CarrierSignImagePushImageInfosItem[];
  [key: string]: unknown;
}

/** DWS包裹信息 · DWS package measurement. Device→H; path not published (sandbox: /dtc/sandbox/dwsPackage); device envelope; request is an object. */
export interface DwsPackageRequest {
  /** 承运商单号 · carrier waybill number */
  mailno: string;
  /** 长（cm） · length (cm) */
  longs: number;
  /** 宽（cm） · width (cm) */
  widths: number;
  /** 高（cm） · height (cm) */
  heights: number;
  /** 净重（g） · net weight (g) */
  weight: number;
  /** 体积 · volume */
  volume: number;
  /** 备注 · remark */
  remark?: string;
  [key: string]: unknown;
}

/** The request type of every endpoint id. */
export interface RequestTypes {
  inOrder: InOrderRequest;
  outOrder: OutOrderRequest;
  innerOrder: InnerOrderRequest;
  tmsOrder: TmsOrderRequest;
  orderCancel: OrderCancelRequest;
  inOrderConfirm: InOrderConfirmRequest;
  inOrderStatusConfirm: InOrderStatusConfirmRequest;
  outOrderConfirm: OutOrderConfirmRequest;
  outOrderStatusConfirm: OutOrderStatusConfirmRequest;
  innerOrderConfirm: InnerOrderConfirmRequest;
  overseasLpn: OverseasLpnRequest;
  stockQuery: StockQueryRequest;
  routePush: RoutePushRequest;
  signInfoPush: SignInfoPushRequest;
  inOrderResultQuery: InOrderResultQueryRequest;
  outOrderResultQuery: OutOrderResultQueryRequest;
  routeQuery: RouteQueryRequest;
  signImagePush: SignImagePushRequest;
  vinStockQuery: VinStockQueryRequest;
  vinCheckConfirm: VinCheckConfirmRequest;
  tmsOrderConfirm: TmsOrderConfirmRequest;
  cancelResult: CancelResultRequest;
  serialNumberIssue: SerialNumberIssueRequest;
  productSync: ProductSyncRequest;
  inventoryOrgSync: InventoryOrgSyncRequest;
  consigneeSync: ConsigneeSyncRequest;
  productVolumeWeightSync: ProductVolumeWeightSyncRequest;
  carrierRoutingPush: CarrierRoutingPushRequest;
  carrierSignImagePush: CarrierSignImagePushRequest;
  dwsPackage: DwsPackageRequest;
}

export type EndpointId = keyof RequestTypes;
