// Generated from the hongxun-sign catalog by `cargo run --bin generate`. Do not edit.

/**
 * A request type with members the catalog does not know (the request interfaces are exact, so
 * that a typo such as `remakr` is a type error). For an array request, each item gets them:
 * `const order: WithExtraFields<InOrderRequest, { priority: string }> = { ...order, priority: 'high' }`.
 */
export type WithExtraFields<T, Extra extends Record<string, unknown>> = T extends readonly (infer Item)[]
  ? (Item & Extra)[]
  : T & Extra;

/** One item of InOrder.productList (订单明细). */
export interface InOrderProductListItem {
  /** 客户行号 · customer line number (inferred) */
  customerLineNumber?: string | null;
  /** 客户产品编码 · customer product code (inferred) */
  customerProductCode?: string | null;
  /** 客户产品描述 · product description (inferred) */
  customerProductDescription?: string | null;
  /** 数量 · quantity (inferred) */
  quantity?: number | null;
  /** 单位重量 · unit weight (inferred) */
  unitWeight?: number | null;
  /** 单件体积 · volume of one piece (inferred) */
  singlePieceVolume?: number | null;
  /** 产品数据 · product data (inferred) */
  productData?: string | null;
  /** 有效期 · validity period (inferred) */
  validPeriod?: string | null;
  /** 产品批次号 · product batch number (inferred) */
  productBatchNumber?: string | null;
  /** 特殊库存标识 · special stock flag (inferred) */
  specialInventoryFlag?: string | null;
  /** 关联单号 · associated order (inferred) */
  associatedOrder?: string | null;
  /** 关联行项目 · related items (inferred) */
  relatedItems?: string | null;
  /** 采购订单号 · purchase order number (SAP EBELN) (inferred) */
  ebeln?: string | null;
  /** 采购订单行号 · purchase order item (SAP EBELP) (inferred) */
  ebelp?: string | null;
  /** 备注 · remark (inferred) */
  remark?: string | null;
  /** 车架号 · vehicle identification number (inferred) */
  vinNum?: string | null;
}

/** 入库单创建 · Create inbound order. C→H; POST /dtc/logistics/inOrder; signed envelope; request is an object. */
export interface InOrderRequest {
  /** 客户订单号 · customer order number */
  customerNumber: string;
  /** 单据类型 · document type. 附录二 入库订单 · Appendix 2, inbound orders: 10 采购入库 (Purchase receipt), 20 销退入库 (Sales return receipt), 30 调拨入库 (Transfer receipt), 40 货权转移入库 (Ownership transfer receipt), 50 其它入库 (Other receipt), 60 借用入库 (Loan receipt), 70 换货入库 (Exchange receipt), 80 拒收入库 (Refused delivery receipt), 110 入库检测 (Inbound inspection) */
  documentType: "10" | "20" | "30" | "40" | "50" | "60" | "70" | "80" | "110";
  /** 供应商编码 · supplier code */
  supplierCode?: string | null;
  /** 供应商名称 · supplier name */
  supplierName?: string | null;
  /** 客户库存地编码 · warehouse code */
  inventoryCode: string;
  /** 客户库存地 · warehouse name */
  inventoryName: string;
  /** 客户子库编码 · owner code */
  subbaseCode: string;
  /** 客户子库 · owner name (inferred) */
  subbaseName?: string | null;
  /** 备注 · remark (inferred) */
  remark?: string | null;
  /** 订单明细 · order lines (inferred). Usually sent (inferred) */
  productList?: InOrderProductListItem[] | null;
}

/** One item of OutOrder.productList (订单明细). The same as InOrderProductListItem. */
export type OutOrderProductListItem = InOrderProductListItem;

/** 出库单创建 · Create outbound order. C→H; POST /dtc/logistics/outOrder; signed envelope; request is an object. */
export interface OutOrderRequest {
  /** 客户订单号 · customer order number */
  customerNumber: string;
  /** 单据类型 · document type. 附录二 出库订单 · Appendix 2, outbound orders: 10 采退出库 (Purchase return shipment), 20 销售出库 (Sales shipment), 30 调拨出库 (Transfer shipment), 40 货权转移出库 (Ownership transfer shipment), 50 其它出库 (Other shipment), 60 借用出库 (Loan shipment), 70 换货出库 (Exchange shipment), 80 退回工厂出库 (Return to factory shipment) */
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
  customerCode?: string | null;
  /** 备注 · remark (inferred) */
  remark?: string | null;
  /** 订单明细 · order lines (inferred). Usually sent (inferred) */
  productList?: OutOrderProductListItem[] | null;
}

/** One item of InnerOrder.productList (订单明细). The same as InOrderProductListItem. */
export type InnerOrderProductListItem = InOrderProductListItem;

/** 物权单创建 · Create ownership transfer order. C→H; POST /dtc/logistics/innerOrder; signed envelope; request is an object. */
export interface InnerOrderRequest {
  /** 客户订单号 · customer order number */
  customerNumber: string;
  /** 单据类型 · document type. 附录二 库内作业 · Appendix 2, in-warehouse operations: 20 物权转换 (Ownership change) */
  documentType: "20";
  /** 供应商编码 · supplier code */
  supplierCode?: string | null;
  /** 供应商名称 · supplier name */
  supplierName?: string | null;
  /** 客户库存地编码 · warehouse code */
  inventoryCode: string;
  /** 客户库存地 · warehouse name */
  inventoryName: string;
  /** 客户子库编码 · owner code */
  subbaseCode: string;
  /** 客户子库 · owner name. Usually sent (inferred) */
  subbaseName?: string | null;
  /** 目标仓库编码 · target warehouse code (inferred) */
  targetInventoryCode?: string | null;
  /** 目标货主编码 · target owner code (inferred) */
  targetSubbaseCode?: string | null;
  /** 备注 · remark (inferred) */
  remark?: string | null;
  /** 订单明细 · order lines (inferred). Usually sent (inferred) */
  productList?: InnerOrderProductListItem[] | null;
}

/** One item of TmsOrder.productList (订单明细). The same as InOrderProductListItem. */
export type TmsOrderProductListItem = InOrderProductListItem;

/** 运输单创建 · Create transport order. C→H; POST /dtc/logistics/tmsOrder; signed envelope; request is an object. */
export interface TmsOrderRequest {
  /** 客户订单号 · customer order number */
  customerNumber: string;
  /** 单据类型 · document type. 附录二 运输订单 · Appendix 2, transport orders: 10 正常运输 (Normal transport), 20 逆向运输 (Reverse transport) */
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
  plannedDeliveryDate?: string | null;
  /** 备注 · remark (inferred) */
  remark?: string | null;
  /** 订单明细 · order lines (inferred). Usually sent (inferred) */
  productList?: TmsOrderProductListItem[] | null;
}

/** One item of OrderCancel.item (取消明细). */
export interface OrderCancelItemItem {
  /** 客户行号 · customer line number (inferred) */
  customerLineNumber?: string | null;
  /** 客户产品编码 · customer product code (inferred) */
  customerProductCode?: string | null;
  /** 数量 · quantity (inferred) */
  quantity?: number | null;
}

/** The members of OrderCancelRequest; which of them are required depends on `cancelType` (see OrderCancelRequest). */
export interface OrderCancelFields {
  /** 客户订单号 · customer order number */
  customerNumber: string;
  /** 取消批次 · cancel batch */
  cancelBatch?: string | null;
  /** 取消类型 · cancel type. 取消类型 · cancel type: 10 整单取消 (Whole order), 20 部分取消 (Partial) */
  cancelType?: "10" | "20" | null;
  /** 取消原因 · reason */
  reason: string;
  /** 取消明细 · cancelled lines */
  item?: OrderCancelItemItem[] | null;
}

/** 订单取消 · Cancel order. C→H; POST /dtc/logistics/orderCancel; signed envelope; request is an object. */
export type OrderCancelRequest = OrderCancelFields &
  (
    | { cancelType: "20"; cancelBatch: NonNullable<OrderCancelFields["cancelBatch"]>; item: [OrderCancelItemItem, ...OrderCancelItemItem[]] }
    | { cancelType?: Exclude<OrderCancelFields["cancelType"], "20"> }
  );

/** One item of InOrderConfirm.productList (订单明细). The same as InOrderProductListItem. */
export type InOrderConfirmProductListItem = InOrderProductListItem;

/** 入库单确认 · Inbound order confirmation. H→C; POST to the customer's URL; signed envelope; request is an object. */
export interface InOrderConfirmRequest {
  /** 客户订单号 · customer order number (inferred). Usually sent (inferred) */
  customerNumber?: string | null;
  /** 仓库单号 · warehouse order number (inferred) */
  downstreamOrderCode?: string | null;
  /** 单据类型 · document type (inferred). 附录二 入库订单 · Appendix 2, inbound orders (inferred): 10 采购入库 (Purchase receipt), 20 销退入库 (Sales return receipt), 30 调拨入库 (Transfer receipt), 40 货权转移入库 (Ownership transfer receipt), 50 其它入库 (Other receipt), 60 借用入库 (Loan receipt), 70 换货入库 (Exchange receipt), 80 拒收入库 (Refused delivery receipt), 110 入库检测 (Inbound inspection) */
  documentType?: "10" | "20" | "30" | "40" | "50" | "60" | "70" | "80" | "110" | (string & {}) | null;
  /** 客户库存地编码 · warehouse code (inferred) */
  inventoryCode?: string | null;
  /** 客户子库编码 · owner code (inferred) */
  subbaseCode?: string | null;
  /** 入库时间 · time received (inferred). Beijing time yyyy-MM-dd HH:mm:ss */
  inboundTime?: string | null;
  /** 订单明细 · order lines (inferred). Usually sent (inferred) */
  productList?: InOrderConfirmProductListItem[] | null;
}

/** 入库单状态确认(分批回传) · Inbound order status confirmation (batched). H→C; POST to the customer's URL; signed envelope; request is an object. */
export interface InOrderStatusConfirmRequest {
  /** 客户订单号 · customer order number */
  customerNumber: string;
  /** 单据状态 · order status. 单据状态 · order status: FULFILLED 完成 (Completed) */
  orderStatus: "FULFILLED" | (string & {});
  /** 订单总数量 · total order quantity */
  totalQuantity: number;
  /** 实际数量 · actual quantity */
  actualQuantity: number;
}

/** One item of OutOrderConfirm.productList (订单明细). The same as InOrderProductListItem. */
export type OutOrderConfirmProductListItem = InOrderProductListItem;

/** 出库单确认 · Outbound order confirmation. H→C; POST to the customer's URL; signed envelope; request is an object. */
export interface OutOrderConfirmRequest {
  /** 客户订单号 · customer order number (inferred). Usually sent (inferred) */
  customerNumber?: string | null;
  /** 仓库单号 · warehouse order number (inferred) */
  downstreamOrderCode?: string | null;
  /** 单据类型 · document type (inferred). 附录二 出库订单 · Appendix 2, outbound orders (inferred): 10 采退出库 (Purchase return shipment), 20 销售出库 (Sales shipment), 30 调拨出库 (Transfer shipment), 40 货权转移出库 (Ownership transfer shipment), 50 其它出库 (Other shipment), 60 借用出库 (Loan shipment), 70 换货出库 (Exchange shipment), 80 退回工厂出库 (Return to factory shipment) */
  documentType?: "10" | "20" | "30" | "40" | "50" | "60" | "70" | "80" | (string & {}) | null;
  /** 客户库存地编码 · warehouse code (inferred) */
  inventoryCode?: string | null;
  /** 客户子库编码 · owner code (inferred) */
  subbaseCode?: string | null;
  /** 鸿讯运输单号 · Hongxun transport number (inferred) */
  expressCode?: string | null;
  /** 承运商单号 · carrier waybill number (inferred) */
  mailno?: string | null;
  /** 发货时间 · time shipped (inferred). Beijing time yyyy-MM-dd HH:mm:ss */
  deliveryTime?: string | null;
  /** 订单明细 · order lines (inferred). Usually sent (inferred) */
  productList?: OutOrderConfirmProductListItem[] | null;
}

/** 出库单状态确认(分批回传) · Outbound order status confirmation (batched). H→C; POST to the customer's URL; signed envelope; request is an object. */
export interface OutOrderStatusConfirmRequest {
  /** 客户订单号 · customer order number */
  customerNumber: string;
  /** 单据状态 · order status. 单据状态 · order status: FULFILLED 完成 (Completed) */
  orderStatus: "FULFILLED" | (string & {});
  /** 订单总数量 · total order quantity */
  totalQuantity: number;
  /** 实际数量 · actual quantity */
  actualQuantity: number;
}

/** One item of InnerOrderConfirm.productList (订单明细). The same as InOrderProductListItem. */
export type InnerOrderConfirmProductListItem = InOrderProductListItem;

/** 物权单确认 · Ownership transfer order confirmation. H→C; POST to the customer's URL; signed envelope; request is an object. */
export interface InnerOrderConfirmRequest {
  /** 客户订单号 · customer order number */
  customerNumber: string;
  /** 批次号 · callback batch id */
  callbackBatchId: string;
  /** 仓库单号 · warehouse order number */
  downstreamOrderCode?: string | null;
  /** 单据类型 · document type. 附录二 库内作业 · Appendix 2, in-warehouse operations (inferred): 20 物权转换 (Ownership change) */
  documentType: "20" | (string & {});
  /** 客户库存地编码 · warehouse code */
  inventoryCode: string;
  /** 客户子库编码 · owner code */
  subbaseCode: string;
  /** 目标仓库编码 · target warehouse code */
  targetInventoryCode: string;
  /** 目标货主编码 · target owner code. Usually sent (inferred) */
  targetSubbaseCode?: string | null;
  /** 订单明细 · order lines (inferred). Usually sent (inferred) */
  productList?: InnerOrderConfirmProductListItem[] | null;
}

/** One item of OverseasLpn.lpnList (LPN明细). */
export interface OverseasLpnLpnListItem {
  /** LPN号 · licence plate number (inferred) */
  lpnNo?: string | null;
  /** 客户产品编码 · customer product code (inferred) */
  customerProductCode?: string | null;
  /** 数量 · quantity (inferred) */
  quantity?: number | null;
}

/** LPN接口 · LPN (licence plate numbers). C→H; POST /dtc/esboms/overseasLpn; signed envelope; request is an object. */
export interface OverseasLpnRequest {
  /** 传输批次号 · transfer batch id */
  batchId: string;
  /** 采购订单号 · purchase order number */
  sourceNum: string;
  /** LPN明细 · LPN lines */
  lpnList: OverseasLpnLpnListItem[];
}

/** One item of StockQuery.productCodeList (客户产品编号集合). */
export interface StockQueryProductCodeListItem {
  /** 客户产品编码 · customer product code (inferred) */
  customerProductCode?: string | null;
}

/** 库存查询 · Stock query. C→H; POST /dtc/esboms/stockQuery; signed envelope; request is an object. */
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
}

/** 路由推送 · Route push. H→C (inferred); POST to the customer's URL; signed envelope; request is an object. */
export interface RoutePushRequest {
  /** 客户订单号 · customer order number (inferred). Usually sent (inferred) */
  customerNumber?: string | null;
  /** 承运商单号 · carrier waybill number (inferred) */
  mailno?: string | null;
  /** 路由节点类型 · route node type (inferred). 附录三 路由节点类型 · Appendix 3, route node types (inferred): 001 签收 (Signed for), 100 到达 (Arrived), 80 汽运-启运 (Road: departed), 81 汽运-在途 (Road: in transit), 82 汽运-派送 (Road: out for delivery), 83 空运-航班信息 (Air: flight details), 84 空运-起飞时间 (Air: take-off time), 85 空运-降落时间 (Air: landing time), 86 空运-提货时间 (Air: pick-up time), 87 空运-派送时间 (Air: delivery time), 101 入站 (Arrived at station), 102 分配派送员 (Courier assigned), 103 妥投 (Delivered), 104 滞留 (Held), 105 拒收 (Refused), 89 到达目的城市 (Arrived at destination city), 90 空运-入目的库 (Air: into destination warehouse), 91 空运-出目的库 (Air: out of destination warehouse), 92 汽运-中转库入库 (Road: into transfer warehouse), 93 汽运-中转库出库 (Road: out of transfer warehouse), 94 汽运-入目的库 (Road: into destination warehouse), 95 汽运-出目的库 (Road: out of destination warehouse), 96 汽运-装车 (Road: loaded), 97 汽运-发运 (Road: dispatched), 98 汽运-中转装车 (Road: loaded at transfer), 99 汽运-中转发运 (Road: dispatched from transfer), 002 签收异常 (Signed for with exception) */
  scanTypeCode?: "001" | "100" | "80" | "81" | "82" | "83" | "84" | "85" | "86" | "87" | "101" | "102" | "103" | "104" | "105" | "89" | "90" | "91" | "92" | "93" | "94" | "95" | "96" | "97" | "98" | "99" | "002" | (string & {}) | null;
  /** 操作人 · operator (inferred) */
  operator?: string | null;
  /** 操作时间 · time of the scan (inferred). Beijing time yyyy-MM-dd HH:mm:ss */
  time?: string | null;
  /** 路由地点 · place of the scan (inferred) */
  transferAddress?: string | null;
  /** 路由描述 · route note (inferred) */
  memo?: string | null;
}

/** One item of SignInfoPush.productList (签收明细). */
export interface SignInfoPushProductListItem {
  /** 客户行号 · customer line number */
  customerLineNumber?: string | null;
  /** 客户产品编码 · customer product code */
  customerProductCode?: string | null;
  /** 客户产品描述 · product description */
  customerProductDescription?: string | null;
  /** 数量 · quantity */
  quantity?: number | null;
  /** 单位重量 · unit weight */
  unitWeight?: number | null;
  /** 单件体积 · volume of one piece */
  singlePieceVolume?: number | null;
  /** 产品数据 · product data */
  productData?: string | null;
  /** 有效期 · validity period */
  validPeriod?: string | null;
  /** 产品批次号 · product batch number */
  productBatchNumber?: string | null;
  /** 特殊库存标识 · special stock flag */
  specialInventoryFlag?: string | null;
  /** 关联单号 · associated order */
  associatedOrder?: string | null;
  /** 关联行项目 · related items */
  relatedItems?: string | null;
  /** 采购订单号 · purchase order number (SAP EBELN) */
  ebeln?: string | null;
  /** 采购订单行号 · purchase order item (SAP EBELP) */
  ebelp?: string | null;
  /** 备注 · remark */
  remark?: string | null;
  /** 车架号 · vehicle identification number */
  vinNum?: string | null;
}

/** 签收信息推送 · Proof of delivery push. H→C (inferred); POST to the customer's URL; signed envelope; request is an object. */
export interface SignInfoPushRequest {
  /** 客户订单号 · customer order number */
  customerNumber: string;
  /** 签收类型 · sign type. 签收类型 · sign type: 10 正常签收 (Signed normally), 20 异常签收 (Signed with exception) */
  signType: "10" | "20";
  /** 鸿讯运输单号 · Hongxun transport number */
  expressCode?: string | null;
  /** 运单号/指令号 · waybill or instruction number */
  waybillNumber?: string | null;
  /** 承运商单号 · carrier waybill number */
  mailno?: string | null;
  /** 签收数量 · quantity signed for */
  actualQuantity: number;
  /** 签收人 · signed by */
  signer: string;
  /** 签收时间 · time signed. Beijing time yyyy-MM-dd HH:mm:ss */
  signedTime: string;
  /** 备注 · remark */
  remark?: string | null;
  /** 扩展字段 · extension field */
  ext8?: string | null;
  /** 签收明细 · signed lines */
  productList: SignInfoPushProductListItem[];
}

/** 入库单结果查询 · Inbound order result query. C→H; POST /dtc/esboms/inOrderResultQuery (inferred); signed envelope; request is an object. */
export interface InOrderResultQueryRequest {
  /** 客户订单号 · customer order number (inferred). Usually sent (inferred) */
  customerNumber?: string | null;
  /** 客户库存地编码 · warehouse code (inferred) */
  inventoryCode?: string | null;
  /** 客户子库编码 · owner code (inferred) */
  subbaseCode?: string | null;
}

/** 出库单结果查询 · Outbound order result query. C→H; POST /dtc/esboms/outOrderResultQuery; signed envelope; request is an object. */
export interface OutOrderResultQueryRequest {
  /** 客户订单号 · customer order number */
  customerNumber: string;
  /** 客户库存地编码 · warehouse code */
  inventoryCode?: string | null;
  /** 客户子库编码 · owner code */
  subbaseCode?: string | null;
}

/** 路由查询 · Route query. C→H; POST /dtc/esboms/routeQuery; signed envelope; request is an object. */
export interface RouteQueryRequest {
  /** 客户订单号 · customer order number */
  customerNumber: string;
  /** 承运商单号 · carrier waybill number */
  mailno?: string | null;
}

/** One item of SignImagePushItem.signList (签收图片列表). */
export interface SignImagePushItemSignListItem {
  /** 图片名称 · image file name (inferred) */
  imageName?: string | null;
  /** 图片链接 · image URL (inferred) */
  imageUrl?: string | null;
  /** 签收时间 · time signed (inferred). Beijing time yyyy-MM-dd HH:mm:ss */
  signedTime?: string | null;
}

/** One item of SignImagePushRequest. */
export interface SignImagePushItem {
  /** 客户标识 · customer identifier */
  customerFlag: string;
  /** 客户订单号 · customer order number */
  customerOrderCode: string;
  /** 签收图片列表 · proof of delivery images */
  signList: SignImagePushItemSignListItem[];
}

/** 签收图片推送 · Proof of delivery image push. H→C (inferred); POST to the customer's URL; signed envelope; request is an array of objects. */
export type SignImagePushRequest = SignImagePushItem[];

/** VinStockQuery.mode (查询条件). */
export interface VinStockQueryMode {
  /** 货主编码 · owner id (inferred) */
  ownerId?: string | null;
  /** 仓库编码 · warehouse code (inferred) */
  whCode?: string | null;
  /** 产品编码 · product code (inferred) */
  skuProdCode?: string | null;
}

/** 车库存查询 · Vehicle stock query. C→H; POST /dtc/logistics/vinStockQuery; signed envelope; request is an object. */
export interface VinStockQueryRequest {
  /** 查询条件 · query conditions */
  mode: VinStockQueryMode;
  /** 页码 · page number */
  pageNum: number;
  /** 每页条数 · page size */
  pageSize: number;
}

/** One item of VinCheckConfirmDataListItem.checkItemList (检查项目). */
export interface VinCheckConfirmDataListItemCheckItemListItem {
  /** 检查类别编号 · check category id (inferred) */
  categoryId?: string | null;
  /** 检查类别名称 · check category name (inferred) */
  categoryName?: string | null;
  /** 验车结果 · inspection result (inferred) */
  checkResult?: string | null;
}

/** One item of VinCheckConfirm.dataList (验车数据). */
export interface VinCheckConfirmDataListItem {
  /** 车架号 · vehicle identification number (inferred) */
  vinCode?: string | null;
  /** 验车结果 · inspection result (inferred) */
  checkResult?: string | null;
  /** 验车时间 · time inspected (inferred). Beijing time yyyy-MM-dd HH:mm:ss */
  checkTime?: string | null;
  /** 检查项目 · check items */
  checkItemList?: VinCheckConfirmDataListItemCheckItemListItem[] | null;
}

/** 验车确认 · Vehicle inspection confirmation. H→C; POST to the customer's URL; signed envelope; request is an object. */
export interface VinCheckConfirmRequest {
  /** 客户单号 · customer batch number */
  batchCode: string;
  /** 验车数据 · inspections */
  dataList: VinCheckConfirmDataListItem[];
}

/** 运输单确认 · Transport order confirmation. H→C (inferred); POST to the customer's URL; signed envelope; request is an object. */
export interface TmsOrderConfirmRequest {
  /** 客户订单号 · customer order number (inferred). Usually sent (inferred) */
  customerNumber?: string | null;
  /** 鸿讯运输单号 · Hongxun transport number (inferred) */
  expressCode?: string | null;
  /** 承运商单号 · carrier waybill number (inferred) */
  mailno?: string | null;
  /** 承运商名称 · carrier name (inferred) */
  carrierName?: string | null;
  /** 预计到货时间 · planned delivery time (inferred). Beijing time yyyy-MM-dd HH:mm:ss */
  plannedDeliveryDate?: string | null;
}

/** CancelResult.orderBasicInfo (订单基本信息). */
export interface CancelResultOrderBasicInfo {
  /** 单据类型 · document type (inferred) */
  documentType?: string | null;
  /** 单据状态 · order status (inferred) */
  orderStatus?: string | null;
  /** 客户订单号 · customer order number (inferred) */
  customerNumber?: string | null;
}

/** One item of CancelResult.orderProductList (订单产品明细). The same as OrderCancelItemItem. */
export type CancelResultOrderProductListItem = OrderCancelItemItem;

/** CancelResult.originalDocument (原始单据). */
export interface CancelResultOriginalDocument {
  /** 客户订单号 · customer order number (inferred) */
  customerNumber?: string | null;
  /** 单据类型 · document type (inferred) */
  documentType?: string | null;
}

/** 取消结果 · Cancellation result. H→C; POST to the customer's URL; signed envelope; request is an object. */
export interface CancelResultRequest {
  /** 订单基本信息 · order header */
  orderBasicInfo: CancelResultOrderBasicInfo;
  /** 订单产品明细 · order lines */
  orderProductList: CancelResultOrderProductListItem[];
  /** 原始单据 · original document */
  originalDocument: CancelResultOriginalDocument;
}

/** One item of SerialNumberIssue.productList (串码明细). */
export interface SerialNumberIssueProductListItem {
  /** 客户行号 · customer line number (inferred) */
  customerLineNumber?: string | null;
  /** 客户产品编码 · customer product code (inferred) */
  customerProductCode?: string | null;
  /** 串码 · serial number (inferred) */
  serialNumber?: string | null;
}

/** 串码下发 · Serial number issue. C→H; path not published (sandbox: /dtc/sandbox/serialNumberIssue); signed envelope; request is an object. */
export interface SerialNumberIssueRequest {
  /** 客户订单号 · customer order number */
  customerOrderCode: string;
  /** 海康调拨数据类型 · Hikvision transfer data type */
  hkTransferDataType?: string | null;
  /** 客户参考单号 · customer reference number */
  customerReferenceNumber?: string | null;
  /** 传输总数量 · total count */
  totalCount: number;
  /** 当前传递数量 · count in this batch */
  currentCount: number;
  /** 剩余未传串码数 · count still to send. Spelt as published (sic: surplusCount) */
  surPlusCount: number;
  /** 串码明细 · serial numbers */
  productList: SerialNumberIssueProductListItem[];
}

/** 产品同步 · Product sync. C→H; POST /dtc/logistics/productCreate; signed envelope; request is an object. */
export interface ProductSyncRequest {
  /** 客户产品编码 · customer product code */
  customerProductCode: string;
  /** 产品名称 · product name */
  customerDescription: string;
  /** 英文描述 · English description */
  englishDesc?: string | null;
  /** 条形码 · barcode */
  barCode?: string | null;
  /** 价格 · price */
  price?: number | null;
  /** 产品大类 · product category */
  productBigType?: string | null;
  /** 品牌 · brand */
  brand: string;
  /** 型号 · model */
  modelName: string;
  /** 颜色 · colour */
  color: string;
  /** 是否赠品 · gift. 是否赠品 · gift: 10 是 (Yes), 20 否 (No) */
  gift?: "10" | "20" | null;
  /** 单位 · unit */
  unit?: string | null;
  /** 长（cm） · length (cm) */
  longs?: number | null;
  /** 宽（cm） · width (cm) (inferred) */
  widths?: number | null;
  /** 高（cm） · height (cm) (inferred) */
  heights?: number | null;
  /** 净重（g） · net weight (g) (inferred) */
  weight?: number | null;
  /** 体积 · volume (inferred) */
  volume?: number | null;
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
  createUserName?: string | null;
  /** 国家 · country */
  countryName?: string | null;
  /** 省 · province */
  provinceName?: string | null;
  /** 市 · city */
  cityName?: string | null;
  /** 区/县 · district */
  areaName?: string | null;
  /** 街道 · street */
  streetName?: string | null;
  /** 详细地址 · street address (inferred) */
  addressDetail?: string | null;
}

/** 收货用户同步 · Consignee sync. C→H; path not published (sandbox: /dtc/sandbox/consigneeSync); signed envelope; request is an object. */
export interface ConsigneeSyncRequest {
  /** 客户编号 · consignee code */
  code: string;
  /** 统一社会信用代码 · unified social credit code */
  socialCreditCode?: string | null;
  /** 客户全称 · full name */
  fullName: string;
  /** 客户简称 · short name */
  shortName?: string | null;
  /** 联系人 · contact person */
  contact: string;
  /** 手机号 · mobile phone */
  mobile: string;
  /** 国家 · country. Spelt as published (sic: countryName) */
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
}

/** One item of ProductVolumeWeightSync.productList (产品列表). */
export interface ProductVolumeWeightSyncProductListItem {
  /** 客户产品编码 · customer product code */
  customerProductCode?: string | null;
  /** 毛重 · gross weight */
  roughWeight?: number | null;
  /** 体积 · volume */
  vol?: number | null;
}

/** 产品体积重量同步 · Product volume and weight sync. C→H; path not published (sandbox: /dtc/sandbox/productVolumeWeightSync); signed envelope; request is an object. */
export interface ProductVolumeWeightSyncRequest {
  /** 产品列表 · products */
  productList: ProductVolumeWeightSyncProductListItem[];
}

/** One item of CarrierRoutingPushRequest. */
export interface CarrierRoutingPushItem {
  /** 承运商单号 · carrier waybill number */
  mailno: string;
  /** 路由节点类型 · route node type. 附录三 路由节点类型 · Appendix 3, route node types: 001 签收 (Signed for), 100 到达 (Arrived), 80 汽运-启运 (Road: departed), 81 汽运-在途 (Road: in transit), 82 汽运-派送 (Road: out for delivery), 83 空运-航班信息 (Air: flight details), 84 空运-起飞时间 (Air: take-off time), 85 空运-降落时间 (Air: landing time), 86 空运-提货时间 (Air: pick-up time), 87 空运-派送时间 (Air: delivery time), 101 入站 (Arrived at station), 102 分配派送员 (Courier assigned), 103 妥投 (Delivered), 104 滞留 (Held), 105 拒收 (Refused), 89 到达目的城市 (Arrived at destination city), 90 空运-入目的库 (Air: into destination warehouse), 91 空运-出目的库 (Air: out of destination warehouse), 92 汽运-中转库入库 (Road: into transfer warehouse), 93 汽运-中转库出库 (Road: out of transfer warehouse), 94 汽运-入目的库 (Road: into destination warehouse), 95 汽运-出目的库 (Road: out of destination warehouse), 96 汽运-装车 (Road: loaded), 97 汽运-发运 (Road: dispatched), 98 汽运-中转装车 (Road: loaded at transfer), 99 汽运-中转发运 (Road: dispatched from transfer), 002 签收异常 (Signed for with exception) */
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
  vinCode?: string | null;
  /** 经度 · longitude */
  longitude?: string | null;
  /** 纬度 · latitude. Spelt as published (sic: latitude) */
  dimension?: string | null;
}

/** 承运商路由推送 · Carrier route push. Carrier→H; POST /dtc/tms/carrierRoutingPush; signed envelope; request is an array of objects. */
export type CarrierRoutingPushRequest = CarrierRoutingPushItem[];

/** One item of CarrierSignImagePush.imageInfos (图片信息). */
export interface CarrierSignImagePushImageInfosItem {
  /** 图片名称 · image file name (inferred) */
  imageName?: string | null;
  /** 图片链接 · image URL (inferred) */
  imageUrl?: string | null;
  /** 图片Base64内容 · image as Base64 (inferred) */
  imageBase64?: string | null;
}

/** 承运商签收图片推送 · Carrier proof of delivery image push. Carrier→H; POST /dtc/tms/carrierSignImagePush; signed envelope; request is an object. */
export interface CarrierSignImagePushRequest {
  /** 承运商单号 · carrier waybill number */
  mailno: string;
  /** 图片类型 · image type. 图片类型 · image type: imageBase64 图片Base64内容 (Image as Base64), imageUrl 图片链接 (Image link) */
  imageType: "imageBase64" | "imageUrl";
  /** 图片信息 · images */
  imageInfos: CarrierSignImagePushImageInfosItem[];
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
  remark?: string | null;
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
