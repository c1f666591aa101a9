// Cẩm nang số: Decap CMS starts after our additions are registered (camnang-cms.js calls CMS.init()).
window.CMS_MANUAL_INIT = true;
