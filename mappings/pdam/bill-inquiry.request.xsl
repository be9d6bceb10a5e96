<?xml version="1.0" encoding="UTF-8"?>
<!-- Canonical envelope -> Tirta Benteng POST /tagihan/inquiry (shape of other PDAMs' biller APIs).
     Input: the envelope as json-to-xml() represents it (routes/kamelets/rest-xml.kamelet.yaml).
     Only the customer number (and a month, when asked) travels: paying someone's water bill needs
     no NIK, so none is sent. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xpath-default-namespace="http://www.w3.org/2005/xpath-functions" exclude-result-prefixes="#all">
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:template match="/map">
    <xsl:variable name="data" select="map[@key = 'data']"/>
    <request>
      <cust_id><xsl:value-of select="$data/string[@key = 'customerId']"/></cust_id>
      <xsl:if test="$data/string[@key = 'period']">
        <blth><xsl:value-of select="$data/string[@key = 'period']"/></blth>
      </xsl:if>
      <loket><xsl:value-of select="upper-case(map[@key = 'caller']/string[@key = 'site'])"/></loket>
    </request>
  </xsl:template>
</xsl:stylesheet>
