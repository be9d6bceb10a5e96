<?xml version="1.0" encoding="UTF-8"?>
<!-- Canonical envelope -> Kejari PTSP POST /tilang/barang-bukti (invented interface): booking the
     collection of a SIM, STNK or vehicle after the fine is paid. id_permintaan carries the hub's
     request id (Kejari deduplicates on it); vehicle becomes KENDARAAN, byProxy the flag kuasa Y/T. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xpath-default-namespace="http://www.w3.org/2005/xpath-functions" exclude-result-prefixes="#all">
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:template match="/map">
    <xsl:variable name="data" select="map[@key = 'data']"/>
    <xsl:variable name="type" select="string($data/string[@key = 'evidenceType'])"/>
    <permintaan>
      <id_permintaan><xsl:value-of select="string[@key = 'requestId']"/></id_permintaan>
      <nik><xsl:value-of select="map[@key = 'citizen']/string[@key = 'nik']"/></nik>
      <nomor_register><xsl:value-of select="$data/string[@key = 'ticketNumber']"/></nomor_register>
      <jenis_barang_bukti><xsl:value-of select="if ($type = 'vehicle') then 'KENDARAAN' else $type"/></jenis_barang_bukti>
      <kode_briva><xsl:value-of select="$data/string[@key = 'paymentReference']"/></kode_briva>
      <kuasa><xsl:value-of select="if ($data/boolean[@key = 'byProxy'] = 'true') then 'Y' else 'T'"/></kuasa>
      <loket><xsl:value-of select="upper-case(map[@key = 'caller']/string[@key = 'site'])"/></loket>
    </permintaan>
  </xsl:template>
</xsl:stylesheet>
